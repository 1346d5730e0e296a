using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// An indicator across all buurten of the Netherlands (issue 12, point 3): thousands of areas, on the real bundled RIVM
/// figures. The page summarises and pages the ranking instead of sending megabytes, keeps the programmes' areas whole,
/// and leaves the full table to the download and the map's shapes to their own address.
/// </summary>
public sealed partial class MonitorBundledDataTests
{
    private const string AllBuurten = "/indicatoren/Drinker?niveau=buurt";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorPage_AllBuurtenOfTheNetherlands_SummaryAndOnePageUnder500KB(DatabaseProvider provider)
    {
        var profile = await ProfileAsync(provider, AreaLevel.Neighbourhood, "NL00", "Drinker");
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var bytes = await client.GetByteArrayAsync(new Uri(AllBuurten, UriKind.Relative), ct);
        var html = WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(bytes));

        // Over ten thousand buurten ranked, but one page of them sent (it was 5.5 MB with every row and name).
        Assert.True(profile.Ranking.Count > 10_000, $"{profile.Ranking.Count} buurten ranked");
        Assert.True(bytes.Length < 500_000, $"{bytes.Length} bytes of HTML");
        var count = profile.Ranking.Count.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
        Assert.Contains($"De rangorde telt {count} gebieden.", html, StringComparison.Ordinal);

        // The start and the end of the ranking, and page 1 of the whole of it: places 1 to 100.
        Assert.Equal(profile.Ranking.Take(10).Select(r => r.Area.Code), CodesIn(Table(html, "rangorde-begin")));
        Assert.Equal(profile.Ranking.TakeLast(10).Select(r => r.Area.Code), CodesIn(Table(html, "rangorde-eind")));
        Assert.Equal(profile.Ranking.Take(100).Select(r => r.Area.Code), CodesIn(Table(html, "rangorde-tabel")));
        Assert.Contains($"plaats 1 tot en met 100 van {count}", html, StringComparison.Ordinal);

        // Every ranked buurt of Overvecht (focus area of Vitale Wijken: wijk WK034403) is in the programmes' table.
        var overvecht = profile.Ranking.Where(r => r.Area.Code.StartsWith("BU034403", StringComparison.Ordinal)).Select(r => r.Area.Code).ToList();
        Assert.NotEmpty(overvecht);
        Assert.Superset(overvecht.ToHashSet(), CodesIn(Table(html, "rangorde-programma")).ToHashSet());
        Assert.Contains("Overvecht — Vitale Wijken", Table(html, "rangorde-programma"), StringComparison.Ordinal);

        // The map's shapes come from their own address (named in the chart's JSON spec), the full table from the download.
        Assert.DoesNotContain("\"coordinates\"", html, StringComparison.Ordinal);
        Assert.Contains("/indicatoren/Drinker/kaart.geojson?niveau=buurt\\u0026binnen=NL00", html, StringComparison.Ordinal);
        Assert.Contains("/indicatoren/Drinker/rangorde.csv?niveau=buurt&binnen=NL00", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorPage_AllBuurtenOfTheNetherlands_PagesAndTheChosenAreasPage(DatabaseProvider provider)
    {
        var profile = await ProfileAsync(provider, AreaLevel.Neighbourhood, "NL00", "Drinker");
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var second = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(AllBuurten + "&pagina=2", UriKind.Relative), ct));
        Assert.Equal(profile.Ranking.Skip(100).Take(100).Select(r => r.Area.Code), CodesIn(Table(second, "rangorde-tabel")));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains("pagina=3#rangorde-pagina", second, StringComparison.Ordinal);

        // Asked for one buurt, the page opens on the page of the ranking that holds it, and marks it.
        var chosenAt = profile.Ranking.Count / 2;
        var chosen = profile.Ranking[chosenAt].Area.Code;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"{AllBuurten}&binnen=NL00&gebied={chosen}", UriKind.Relative), ct));
        var pageNumber = (chosenAt / 100) + 1;
        Assert.Contains($"Volledige rangorde, pagina {pageNumber} van {(profile.Ranking.Count + 99) / 100}", page, StringComparison.Ordinal);
        Assert.Contains(chosen, CodesIn(Table(page, "rangorde-tabel")));

        // Past the last page: the last page, not an empty table.
        var beyond = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(AllBuurten + "&pagina=99999", UriKind.Relative), ct));
        Assert.Equal(profile.Ranking[^1].Area.Code, CodesIn(Table(beyond, "rangorde-tabel"))[^1]);
    }

    // The HTML of the table whose caption has this id.
    private static string Table(string html, string captionId)
    {
        var start = html.IndexOf($"id=\"{captionId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {captionId}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    // The area codes linked in a table's rows, in order.
    private static List<string> CodesIn(string table) => [.. AreaLinks().Matches(table).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("href=\"/wijken/([A-Z0-9]+)\"")]
    private static partial Regex AreaLinks();
}
