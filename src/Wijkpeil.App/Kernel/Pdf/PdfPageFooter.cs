using System.Globalization;
using Wijkpeil.App.Kernel.Text;

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

    /// <summary>
    /// "Cijfers bijgewerkt op 6 december 2026; bronnen RIVM 50090NED 2020, CBS 85984NED 2024 · Wijkpeil": the data
    /// version in words (<see cref="DataVersion"/>), the date in Dutch time. Printed pages are Dutch.
    /// </summary>
    public static PdfPageFooter ForDataVersion(DataVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var words = version.Words(Dutch);
        return new PdfPageFooter($"{char.ToUpper(words[0], Dutch)}{words[1..]} · Wijkpeil");
    }
}
