using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Modules.Monitor.ShowAreaProfile;

/// <summary>
/// The trend chart of one indicator on an area page, fetched by charts.js when its folded section opens. The page
/// carries the trend table with the same numbers; leaving the chart specifications out keeps the page about 40%
/// smaller and its rendering free of fifty chart builds (docs/performance.md). Cached like the page, with its tags.
/// </summary>
internal static class AreaTrendEndpoint
{
    public static IEndpointRouteBuilder MapAreaTrend(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/wijken/{code}/trends/{indicator}.json", GetAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithMetadata(new PageQueryKeys("programma", "uitsplitsing"))
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The address of a row's trend chart, as the page links it.</summary>
    public static string Address(string areaCode, string indicatorCode, string breakdown, string programmeSlug) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"/wijken/{Uri.EscapeDataString(areaCode)}/trends/{Uri.EscapeDataString(indicatorCode)}.json?programma={Uri.EscapeDataString(programmeSlug)}&uitsplitsing={Uri.EscapeDataString(breakdown)}");

    internal static async Task<IResult> GetAsync(
        string code, string indicator, string? programma, string? uitsplitsing, ShowAreaProfileQuery query, IStringLocalizer<AreaPage> text, CancellationToken ct)
    {
        var profile = await query.GetAsync(code, programma, Audience.Public, ct);
        var row = profile?.Programmes
            .Where(p => programma is null || p.Slug == programma)
            .SelectMany(p => p.Pillars)
            .SelectMany(p => p.Indicators)
            .FirstOrDefault(r => string.Equals(r.Indicator.Code, indicator, StringComparison.OrdinalIgnoreCase)
                && (uitsplitsing is null || r.Breakdown == uitsplitsing));
        if (profile is null || row is null || !row.Trend.Any(f => f.Value is not null))
        {
            return TypedResults.NotFound();
        }

        var title = string.Format(CultureInfo.CurrentCulture, text["TrendCaption"], UiCulture.Pick(row.Indicator.NameNl, row.Indicator.NameEn), profile.Area.Name);
        return TypedResults.Text(ChartMarkup.SpecJson(MonitorCharts.Trend(row, profile.Area, title)), "application/json");
    }
}
