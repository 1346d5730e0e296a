using System.Globalization;

namespace Wijkpeil.App.Kernel.Pdf;

/// <summary>
/// The text printed at the foot of every PDF page, left of "Pagina X van Y"; typically the data version,
/// so that a printed factsheet says which figures it shows.
/// </summary>
public sealed record PdfPageFooter
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public PdfPageFooter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Trim();
    }

    /// <summary>Plain text; it is HTML-encoded when it goes into the footer template.</summary>
    public string Text { get; }

    /// <summary>"Gegevensversie importbatch 7 (27-11-2026) · Wijkpeil", the date in Dutch local time.</summary>
    /// <param name="dataVersion">The version as a reader sees it, e.g. "importbatch 7".</param>
    /// <param name="dataDate">When that version was made.</param>
    public static PdfPageFooter ForDataVersion(string dataVersion, DateTimeOffset dataDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataVersion);
        var local = TimeZoneInfo.ConvertTime(dataDate, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        return new PdfPageFooter($"Gegevensversie {dataVersion.Trim()} ({local.ToString("dd-MM-yyyy", Dutch)}) · Wijkpeil");
    }
}
