using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Wijkpeil.App.Kernel.Pdf;

namespace Wijkpeil.App.Tests.Pdf;

/// <summary>One <see cref="PdfRenderer"/> on the system Chromium (as <see cref="PdfTestSite.SystemChromium"/> finds it) for a test class that prints HTML documents.</summary>
public sealed class ChromiumRenderer : IAsyncDisposable
{
    public PdfRenderer Renderer { get; } = new(PdfTestSite.SystemChromium, NullLogger<PdfRenderer>.Instance);

    public ValueTask DisposeAsync() => Renderer.DisposeAsync();

    /// <summary>
    /// The PDF's text as poppler's <c>pdftotext</c> reads it (what a reader copies out of the PDF): in reading order,
    /// whitespace (no-break spaces too) collapsed to single spaces.
    /// </summary>
    public static async Task<string> TextOfAsync(ReadOnlyMemory<byte> pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(pdf, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        var text = await output;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, "pdftotext failed: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        return string.Join(' ', text.Split((char[])[' ', '\u00A0', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }
}
