using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Kernel.Pdf.PdfText))]

namespace Wijkpeil.App.Kernel.Pdf;

/// <summary>
/// Marker for the problem messages of PDF rendering (<c>PdfText.resx</c>, Dutch; <c>PdfText.en.resx</c>, English):
/// Chromium missing, failing or too slow, and a page that cannot be printed.
/// </summary>
public sealed class PdfText;
