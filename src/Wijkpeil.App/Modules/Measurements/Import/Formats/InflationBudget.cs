using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Measurements.Import.Formats;

/// <summary>
/// Counts the bytes inflated from one archive against a total, and hands out streams over its parts that
/// count their own bytes against a per-part limit and refuse a run of markup longer than the XML reader
/// should ever have to hold. The counts are of bytes actually produced by decompression; the sizes an
/// archive's headers declare are not trusted.
/// </summary>
internal sealed class InflationBudget(string fileName, XlsxLimits limits)
{
    private long _total;

    private string FileName => fileName;

    private XlsxLimits Limits => limits;

    /// <summary>Wraps the stream of the part <paramref name="partName"/>; the wrapper owns it.</summary>
    public PartStream Watch(Stream part, string partName, long maxBytes) => new(this, part, partName, maxBytes);

    private void Count(PartStream part, int bytes)
    {
        _total += bytes;
        if (_total > limits.MaxTotalBytes)
        {
            throw InputRefusedException.Create(
                fileName,
                null,
                part.Name,
                $"het xlsx-bestand pakt uit tot meer dan {Mebibytes(limits.MaxTotalBytes)} (gevonden bij onderdeel {part.Name}); "
                + "zo groot is geen werkmap met tabelgegevens. Sla het bestand opnieuw op in Excel of splits het.");
        }
    }

    private static string Mebibytes(long bytes) => $"{InputText.Count(bytes >> 20)} MiB ({InputText.Count(bytes)} bytes)";

    /// <summary>A part's inflated bytes, counted and checked as the XML reader takes them.</summary>
    internal sealed class PartStream(InflationBudget budget, Stream inner, string name, long maxBytes) : WatchingReadStream(inner, leaveOpen: false)
    {
        private long _run;

        public string Name { get; } = name;

        /// <summary>Where the reader of the part is (a row, a shared string), for a refusal's message; set by that reader.</summary>
        public Func<(int? Row, string Where)>? Locate { get; set; }

        protected override void Watch(ReadOnlySpan<byte> block, long start)
        {
            if (!block.IsEmpty)
            {
                Check(block, start + block.Length);
            }
        }

        private void Check(ReadOnlySpan<byte> bytes, long read)
        {
            if (read > maxBytes)
            {
                throw InputRefusedException.Create(
                    budget.FileName,
                    null,
                    Name,
                    $"onderdeel {Name} pakt uit tot meer dan {Mebibytes(maxBytes)}; zo groot is geen werkblad met tabelgegevens "
                    + "(een ingepakt bestand dat onbegrensd uitdijt wordt geweigerd).");
            }

            budget.Count(this, bytes.Length);

            // The XML reader holds a tag, an attribute or a text node whole; none contains a literal '<' (XML
            // escapes it everywhere but in CDATA), so the distance between two '<' bounds each of them.
            var first = bytes.IndexOf((byte)'<');
            if (first < 0)
            {
                _run += bytes.Length;
            }
            else
            {
                if (_run + first > budget.Limits.MaxMarkupRunBytes)
                {
                    RefuseRun();
                }

                _run = bytes.Length - 1 - bytes.LastIndexOf((byte)'<');
            }

            if (_run > budget.Limits.MaxMarkupRunBytes)
            {
                RefuseRun();
            }
        }

        private void RefuseRun()
        {
            var (row, where) = Locate?.Invoke() ?? (null, string.Empty);
            throw InputRefusedException.Create(
                budget.FileName,
                row,
                Name,
                $"onderdeel {Name} bevat {where}een tekst of XML-tag van meer dan {InputText.Count(budget.Limits.MaxMarkupRunBytes)} bytes; "
                + $"in Excel heeft een cel hoogstens {InputText.Count(XlsxLimits.ExcelCellCharacters)} tekens.");
        }
    }

}
