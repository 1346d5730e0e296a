using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Kernel.Pdf;

/// <summary>
/// The outcome of <see cref="PdfRenderer.RenderAsync"/>: the PDF, or why there is none. Every case is an
/// expected outcome; only bugs throw.
/// </summary>
public abstract record PdfResult
{
    private PdfResult()
    {
    }

    /// <summary>The printed page.</summary>
    /// <param name="Content">The PDF document, starting with <c>%PDF-</c>.</param>
    public sealed record Rendered(ReadOnlyMemory<byte> Content) : PdfResult;

    /// <summary>
    /// No PDF can be made now: Chromium is missing, would not start, stopped, or the page took longer than
    /// <see cref="PdfOptions.TimeoutSeconds"/>. The reason's text (<see cref="ProblemMessages"/>, in the reader's language) says what to do.
    /// </summary>
    public sealed record Unavailable(Problem Reason) : PdfResult;

    /// <summary>The page itself answered with an error status (e.g. 404 for an unknown area): printing it would hide that.</summary>
    public sealed record PageFailed(int StatusCode) : PdfResult;
}
