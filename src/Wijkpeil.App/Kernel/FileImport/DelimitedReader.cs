using System.Text;

namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>
/// Reads delimited text (CSV) as users really supply it: UTF-8 with or without a byte order mark,
/// <c>,</c> or <c>;</c> separated (detected from the header line), RFC 4180 quoting, CRLF or LF line ends.
/// Fields come back raw: quotes removed and doubled quotes undone, nothing trimmed. Blank lines are skipped.
/// Every way a file can be unreadable surfaces as an <see cref="InvalidDataException"/> whose message
/// names the file and line; a field or line beyond the limits and a byte that is not UTF-8 carry an
/// <see cref="InputRefusedException"/> that says so in Dutch, with the line (and byte offset).
/// </summary>
public sealed class DelimitedReader : IDisposable
{
    /// <summary>
    /// The longest field accepted: Excel's own cell limit, 32,767 characters. Every field an importer reads
    /// is a code, a name or a number; longer means an unclosed quote swallowed the file, or no table at all.
    /// </summary>
    public const int MaxFieldLength = 32_767;

    /// <summary>
    /// The longest record accepted, in characters: 1 MiB. The widest real file (85984NED, 124 columns) has
    /// lines of about 1,000; the bound keeps one record's fields (held in memory) small whatever the file.
    /// </summary>
    public const int MaxRecordLength = 1 << 20;

    /// <summary>The most fields in a record: Excel's column count (16,384).</summary>
    public const int MaxFields = 16_384;

    /// <summary>How every refusal starts, as the importers' generic message for an unreadable CSV file does.</summary>
    internal const string NotReadable = "geen leesbaar CSV-bestand";

    private const int BufferSize = 1 << 16;
    private const char Quote = '"';

    private readonly TextReader _reader;
    private readonly Utf8Watch _bytes;
    private readonly string _fileName;
    private readonly char[] _buffer = new char[BufferSize];
    private int _position;
    private int _length;
    private int _line = 1;

    // Holds a field that spans buffer refills or contains escaped quotes; most fields never touch it.
    private char[] _scratch = new char[256];
    private int _scratchLength;

    private string[] _fields = new string[16];
    private int _fieldCount;
    private int _recordLength;
    private int? _quotedFieldLine;
    private bool _disposed;

    private DelimitedReader(TextReader reader, Utf8Watch bytes, string fileName)
    {
        _reader = reader;
        _bytes = bytes;
        _fileName = fileName;
        Header = [];
    }

    /// <summary>The field separator in use.</summary>
    public char Delimiter { get; private set; }

    /// <summary>The fields of the first non-blank line, raw.</summary>
    public IReadOnlyList<string> Header { get; private set; }

    /// <summary>The 1-based line in the file where the current record starts (the header is normally line 1).</summary>
    public int LineNumber { get; private set; }

    /// <summary>The number of fields in the current record; it can differ from the header's.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>A field of the current record.</summary>
    public string this[int i]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, _fieldCount);
            return _fields[i];
        }
    }

    /// <summary>
    /// Opens delimited text and reads its header line. The reader owns <paramref name="stream"/> unless
    /// <paramref name="leaveOpen"/> is set.
    /// </summary>
    /// <param name="stream">The file's bytes: UTF-8, with or without byte order mark.</param>
    /// <param name="fileName">The name shown to users in error messages.</param>
    /// <param name="delimiter">
    /// The field separator; <see langword="null"/> detects <c>,</c> or <c>;</c> from the header line
    /// (whichever occurs outside quotes, the more frequent if both do, <c>,</c> if neither does).
    /// </param>
    /// <param name="leaveOpen">Whether to leave <paramref name="stream"/> open on dispose or failure.</param>
    /// <exception cref="InvalidDataException">The file is empty, binary, not UTF-8, or the delimiter is ambiguous.</exception>
    public static DelimitedReader Open(Stream stream, string fileName, char? delimiter = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (delimiter is Quote or '\r' or '\n')
        {
            throw new ArgumentException("A quote or line break cannot be a delimiter.", nameof(delimiter));
        }

        // Strict UTF-8: a Windows-1252 export must fail loudly rather than turn "Súdwest-Fryslân" into mojibake.
        // Byte order marks are not detected: a detected UTF-8 mark switches StreamReader to a lenient decoder
        // that turns invalid bytes into U+FFFD silently; the strict encoding's own preamble skips the mark.
        Utf8Watch bytes = new(stream, fileName, leaveOpen);
        StreamReader text = new(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: false);
        DelimitedReader reader = new(text, bytes, fileName);
        try
        {
            reader.Start(delimiter);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Advances to the next record, skipping blank lines.</summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    /// <exception cref="InvalidDataException">A quote is never closed, or the text is not UTF-8.</exception>
    public bool ReadRow()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadRecord();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
    }

    private void Start(char? delimiter)
    {
        FillFirst();
        ReadOnlySpan<char> head = _buffer.AsSpan(0, _length);
        if (head.StartsWith("PK\u0003\u0004", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{_fileName}' is not a CSV text file: it is a zip archive (an Excel .xlsx workbook?).");
        }

        if (head.Contains('\0'))
        {
            throw new InvalidDataException($"'{_fileName}' is not a CSV text file: it contains binary data.");
        }

        Delimiter = delimiter ?? DetectDelimiter(head);
        if (!ReadRecord())
        {
            throw new InvalidDataException($"'{_fileName}' is empty: it has no header line.");
        }

        Header = _fields.AsSpan(0, _fieldCount).ToArray();
        _fieldCount = 0;
    }

    private char DetectDelimiter(ReadOnlySpan<char> head)
    {
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        foreach (char c in head.TrimStart("\r\n"))
        {
            if (c == Quote)
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (c == ';')
            {
                semicolons++;
            }
            else if (c is '\r' or '\n')
            {
                break;
            }
        }

        if (commas > 0 && commas == semicolons)
        {
            throw new InvalidDataException(
                $"'{_fileName}': cannot tell whether fields are separated by ',' or ';' (the header line has as many of each); specify the delimiter.");
        }

        return semicolons > commas ? ';' : ',';
    }

    private bool ReadRecord()
    {
        _fieldCount = 0;
        _recordLength = 0;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return false;
            }

            char c = _buffer[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
            }
            else if (c == '\r')
            {
                _position++;
                SkipLineFeedAfterCarriageReturn();
                _line++;
            }
            else
            {
                break;
            }
        }

        LineNumber = _line;
        while (!ReadField())
        {
        }

        return true;
    }

    /// <summary>Reads one field and the separator after it; true when that separator ended the record.</summary>
    private bool ReadField()
    {
        _scratchLength = 0;
        if (_position >= _length && !Fill())
        {
            AddField(string.Empty);
            return true;
        }

        if (_buffer[_position] == Quote)
        {
            _position++;
            if (ReadQuotedPart())
            {
                AddField(new string(_scratch, 0, _scratchLength));
                return true;
            }
        }

        return ReadUnquotedPart();
    }

    /// <summary>
    /// Reads up to the next delimiter or line end and adds the field (scratch content, if any, comes first).
    /// A quote in here is an ordinary character.
    /// </summary>
    private bool ReadUnquotedPart()
    {
        char delimiter = Delimiter;
        while (true)
        {
            ReadOnlySpan<char> rest = _buffer.AsSpan(_position, _length - _position);
            int stop = rest.IndexOfAny(delimiter, '\r', '\n');
            if (stop < 0)
            {
                AppendScratch(rest);
                _position = _length;
                if (!Fill())
                {
                    AddField(new string(_scratch, 0, _scratchLength));
                    return true;
                }

                continue;
            }

            string field;
            if (_scratchLength == 0)
            {
                field = new string(rest[..stop]);
            }
            else
            {
                AppendScratch(rest[..stop]);
                field = new string(_scratch, 0, _scratchLength);
            }

            char separator = rest[stop];
            _position += stop + 1;
            AddField(field);
            if (separator == delimiter)
            {
                return false;
            }

            if (separator == '\r')
            {
                SkipLineFeedAfterCarriageReturn();
            }

            _line++;
            return true;
        }
    }

    /// <summary>
    /// Reads a quoted field's content into scratch, after its opening quote. True when the closing quote
    /// was followed by the end of the record; otherwise the reader is just past the closing quote and the
    /// caller reads on as unquoted text (text after a closing quote is kept, not rejected).
    /// </summary>
    private bool ReadQuotedPart()
    {
        int startLine = _line;
        _quotedFieldLine = startLine;
        try
        {
            return ReadQuotedContent(startLine);
        }
        finally
        {
            _quotedFieldLine = null;
        }
    }

    private bool ReadQuotedContent(int startLine)
    {
        bool previousEndedWithCarriageReturn = false;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                throw InputRefusedException.Create(
                    _fileName,
                    LineNumber,
                    ColumnLabel(),
                    $"{NotReadable}: het aanhalingsteken dat op regel {InputText.Count(startLine)} een veld opent, wordt nergens gesloten (ontbrekende \").");
            }

            ReadOnlySpan<char> rest = _buffer.AsSpan(_position, _length - _position);
            int quote = rest.IndexOf(Quote);
            ReadOnlySpan<char> content = quote < 0 ? rest : rest[..quote];
            if (previousEndedWithCarriageReturn && content.Length > 0 && content[0] == '\n')
            {
                _line--;
            }

            _line += CountLineBreaks(content);
            previousEndedWithCarriageReturn = content.Length > 0 && content[^1] == '\r';
            AppendScratch(content);
            if (quote < 0)
            {
                _position = _length;
                continue;
            }

            _position += quote + 1;
            if (_position >= _length && !Fill())
            {
                return true;
            }

            char next = _buffer[_position];
            if (next == Quote)
            {
                AppendScratch([Quote]);
                _position++;
                previousEndedWithCarriageReturn = false;
                continue;
            }

            if (next == '\r' || next == '\n')
            {
                _position++;
                if (next == '\r')
                {
                    SkipLineFeedAfterCarriageReturn();
                }

                _line++;
                return true;
            }

            return false;
        }
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        int count = text.Count('\n');
        int cr = text.IndexOf('\r');
        while (cr >= 0)
        {
            if (cr + 1 >= text.Length || text[cr + 1] != '\n')
            {
                count++;
            }

            int next = text[(cr + 1)..].IndexOf('\r');
            cr = next < 0 ? -1 : cr + 1 + next;
        }

        return count;
    }

    private void SkipLineFeedAfterCarriageReturn()
    {
        if ((_position < _length || Fill()) && _buffer[_position] == '\n')
        {
            _position++;
        }
    }

    private void AppendScratch(ReadOnlySpan<char> text)
    {
        int needed = _scratchLength + text.Length;
        if (needed > MaxFieldLength)
        {
            throw FieldTooLong();
        }

        if (needed > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Min(MaxFieldLength, Math.Max(needed, _scratch.Length * 2)));
        }

        text.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength = needed;
    }

    private void AddField(string field)
    {
        if (field.Length > MaxFieldLength)
        {
            throw FieldTooLong();
        }

        _recordLength += field.Length + 1;
        if (_recordLength > MaxRecordLength)
        {
            throw InputRefusedException.Create(
                _fileName,
                LineNumber,
                null,
                $"{NotReadable}: regel {InputText.Count(LineNumber)} is langer dan {InputText.Count(MaxRecordLength)} tekens; zo lang is geen regel van een tabel die Wijkpeil inleest.");
        }

        if (_fieldCount == MaxFields)
        {
            throw InputRefusedException.Create(
                _fileName,
                LineNumber,
                null,
                $"{NotReadable}: regel {InputText.Count(LineNumber)} heeft meer dan {InputText.Count(MaxFields)} velden, het aantal kolommen van Excel.");
        }

        if (_fieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_fieldCount++] = field;
    }

    private InvalidDataException FieldTooLong()
    {
        // A field that grew past the limit inside quotes is almost always a quote that was never closed.
        string cause = _quotedFieldLine is { } opened
            ? $"; het aanhalingsteken dat op regel {InputText.Count(opened)} het veld opent, is waarschijnlijk niet gesloten"
            : string.Empty;
        return InputRefusedException.Create(
            _fileName,
            LineNumber,
            ColumnLabel(),
            $"{NotReadable}: veld {InputText.Count(_fieldCount + 1)} op regel {InputText.Count(LineNumber)} is langer dan {InputText.Count(MaxFieldLength)} tekens (de grens van een Excel-cel){cause}.");
    }

    /// <summary>The header of the field being read, for messages; null while the header itself is read.</summary>
    private string? ColumnLabel() => _fieldCount < Header.Count ? InputText.Clip(Header[_fieldCount].Trim(), InputText.MaxName) : null;

    /// <summary>Replaces the buffer with the next block of text; false at the end of the input.</summary>
    private bool Fill()
    {
        try
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw _bytes.NotUtf8(ex);
        }

        _position = 0;
        return _length > 0;
    }

    /// <summary>Fills the whole buffer (where a plain read may stop short), so delimiter detection sees the header line.</summary>
    private void FillFirst()
    {
        try
        {
            _length = _reader.ReadBlock(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw _bytes.NotUtf8(ex);
        }

        _position = 0;
    }
}
