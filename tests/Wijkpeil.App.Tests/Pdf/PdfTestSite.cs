using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Pdf;

namespace Wijkpeil.App.Tests.Pdf;

/// <summary>
/// A real Kestrel on 127.0.0.1 with hand-made pages for Chromium to print, its PDF routes wired through
/// <see cref="PdfResponses"/>, and one <see cref="PdfRenderer"/> for the whole test class.
/// </summary>
public sealed class PdfTestSite : IAsyncLifetime
{
    /// <summary>A page that prints on exactly three A4 pages, fetches its data by script and marks itself as drawing meanwhile, like the charts do, and hides a screen-only line in print.</summary>
    public const string ThreePagePath = "/drie-paginas";

    public const string ThreePagePdfPath = "/drie-paginas.pdf";
    public const string MissingPagePdfPath = "/bestaat-niet.pdf";
    public const string SlowPagePath = "/traag";
    public const string FooterText = "Cijfers bijgewerkt op 27 november 2026; bron RIVM 50090NED 2020 · Wijkpeil";

    private WebApplication? _app;

    public WebApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public PdfRenderer Renderer => App.Services.GetRequiredService<PdfRenderer>();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// Chromium as the product finds it: Pdf__ChromiumPath from the environment, else auto-detected. Never a
    /// downloaded browser; build/test.sh installs the Debian package when none is there.
    /// </summary>
    public static PdfOptions SystemChromium { get; } =
        PdfOptions.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public async ValueTask InitializeAsync()
    {
        _app = await StartAsync(SystemChromium);
        BaseAddress = new Uri(App.Urls.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>Starts the site on a free loopback port with a renderer built from <paramref name="options"/>.</summary>
    public static async Task<WebApplication> StartAsync(PdfOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemResponses.Customize);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<PdfRenderer>();

        var app = builder.Build();
        app.MapGet(ThreePagePath, () => Results.Content(ThreePageHtml, "text/html; charset=utf-8"));
        app.MapGet("/gegevens", async (CancellationToken ct) =>
        {
            // Late data: a render that does not wait for the network would print the placeholder.
            await Task.Delay(300, ct);
            return Results.Text("Gegevens geladen voor Overvecht", "text/plain; charset=utf-8");
        });
        app.MapGet(SlowPagePath, async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Content("<p>Te laat</p>", "text/html; charset=utf-8");
        });
        var footer = new PdfPageFooter(FooterText);
        app.MapGet(ThreePagePdfPath, (HttpContext http, PdfRenderer renderer) =>
            PdfResponses.RenderAsync(http, renderer, ThreePagePath, "overvecht-2022.pdf", footer));
        app.MapGet(MissingPagePdfPath, (HttpContext http, PdfRenderer renderer) =>
            PdfResponses.RenderAsync(http, renderer, "/bestaat-niet", "bestaat-niet.pdf", footer));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>The words of every page, one string per page, whitespace collapsed.</summary>
    public static IReadOnlyList<string> PageTexts(ReadOnlySpan<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))];
    }

    private static readonly string ThreePageHtml = BuildThreePageHtml();

    private static string BuildThreePageHtml()
    {
        var html = new StringBuilder("""
            <!doctype html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <title>Factsheet Overvecht</title>
              <style>
                section { break-after: page; }
                section:last-child { break-after: auto; }
                @media print { .alleen-scherm { display: none; } }
              </style>
            </head>
            <body>
            <p class="alleen-scherm">Alleen op het scherm</p>
            """);
        string[] titles = ["Eerste pagina Gezondheid", "Tweede pagina Veiligheid", "Derde pagina Wonen"];
        foreach (var title in titles)
        {
            html.Append("<section><h1>").Append(title).Append("</h1>");
            if (title == titles[0])
            {
                html.Append("<p id=\"gegevens\">Gegevens volgen</p>");
            }

            html.Append("</section>");
        }

        html.Append("""
            <script>
              // As charts.js does: the page is marked as drawing until its late content is in.
              document.documentElement.dataset.drawing = 'true';
              fetch('/gegevens').then(r => r.text()).then(t => { document.getElementById('gegevens').textContent = t; })
                .finally(() => { delete document.documentElement.dataset.drawing; });
            </script>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
