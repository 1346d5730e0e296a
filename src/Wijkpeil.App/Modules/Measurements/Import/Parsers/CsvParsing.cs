using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>The frame every CSV-only parser shares: empty-file check, reader errors as issues, success only without issues.</summary>
internal static class CsvParsing
{
    public delegate ParsedDataset? ReadDataset(DelimitedReader reader, string fileName, ImportOptions options, IssueCollector issues);

    public static ParseResult Parse(Stream stream, string fileName, ImportOptions options, ReadDataset read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var issues = new IssueCollector(fileName);
        if (stream.CanSeek && stream.Length - stream.Position == 0)
        {
            issues.Add(null, null, null, "het bestand is leeg (0 bytes).");
            return ParseResult.Failure(issues.ToList());
        }

        DelimitedReader? reader = null;
        try
        {
            reader = DelimitedReader.Open(stream, fileName, leaveOpen: true);
            var dataset = read(reader, fileName, options, issues);
            return dataset is not null && !issues.HasIssues ? ParseResult.Success(dataset) : ParseResult.Failure(issues.ToList());
        }
        catch (InvalidDataException ex)
        {
            // An unclosed quote, text that is not UTF-8, a line over the limit, or binary data; the reader knows the line of the record.
            issues.AddUnreadable(ex, reader?.LineNumber is > 0 ? reader.LineNumber : null, TabularFile.UnreadableCsv);
            return ParseResult.Failure(issues.ToList());
        }
        finally
        {
            reader?.Dispose();
        }
    }
}
