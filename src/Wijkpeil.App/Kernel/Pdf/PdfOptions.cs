using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Kernel.Pdf;

/// <summary>
/// PDF settings, section <c>Pdf</c>: <c>Pdf:ChromiumPath</c> (environment variable <c>Pdf__ChromiumPath</c>;
/// empty means the first of <see cref="AutoDetectPaths"/> that exists) and <c>Pdf:TimeoutSeconds</c>
/// (default 30), the most one render may take from navigation to the last PDF byte.
/// </summary>
public sealed record PdfOptions(string? ChromiumPath, int TimeoutSeconds = PdfOptions.DefaultTimeoutSeconds)
{
    public const string SectionName = "Pdf";
    public const int DefaultTimeoutSeconds = 30;

    /// <summary>Where Debian (package <c>chromium</c>), Ubuntu and Google's package put the browser, tried in this order.</summary>
    public static IReadOnlyList<string> AutoDetectPaths { get; } = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public static PdfOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var timeoutText = section["TimeoutSeconds"];
        var timeout = DefaultTimeoutSeconds;
        if (!string.IsNullOrWhiteSpace(timeoutText)
            && (!int.TryParse(timeoutText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out timeout) || timeout <= 0))
        {
            throw new InvalidOperationException($"Pdf:TimeoutSeconds '{timeoutText}' is not a positive whole number of seconds.");
        }

        var path = section["ChromiumPath"];
        return new PdfOptions(string.IsNullOrWhiteSpace(path) ? null : path.Trim(), timeout);
    }

    /// <summary>The configured path, or the first auto-detected one that exists; null when there is none.</summary>
    public string? ResolveChromiumPath() =>
        ChromiumPath ?? AutoDetectPaths.FirstOrDefault(File.Exists);
}
