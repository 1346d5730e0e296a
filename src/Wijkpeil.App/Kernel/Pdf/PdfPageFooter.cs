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

    /// <param name="text">The footer's text.</param>
    /// <param name="language">The document's language: English prints "Page X of Y"; anything else, or null, "Pagina X van Y".</param>
    public PdfPageFooter(string text, CultureInfo? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Trim();
        (PageWord, OfWord) = language?.TwoLetterISOLanguageName == "en" ? ("Page", "of") : ("Pagina", "van");
    }

    /// <summary>Plain text; it is HTML-encoded when it goes into the footer template.</summary>
    public string Text { get; }

    /// <summary>"Pagina" or "Page", before the page number.</summary>
    public string PageWord { get; }

    /// <summary>"van" or "of", before the number of pages.</summary>
    public string OfWord { get; }

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
