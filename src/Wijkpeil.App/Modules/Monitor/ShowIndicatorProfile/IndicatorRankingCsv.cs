using System.Globalization;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>
/// The ranking of an indicator page as CSV (<c>/indicatoren/{code}/rangorde.csv</c>, the page's query parameters): one
/// row per ranked area, saying which figures the monitor derived (a wijk's or gemeente's count summed from its buurten)
/// and how, in Dutch and English. Unlike <c>/api/v1/observations</c>, which holds stored figures only, it has what the
/// page shows. For Dutch spreadsheets: UTF-8 with byte order mark, semicolons, decimal comma, CRLF.
/// </summary>
internal static class IndicatorRankingCsv
{
    public const string Header = "indicator;niveau;binnen;periode;uitsplitsing;plaats;gebied;gebiedsnaam;waarde;eenheid;bron;afgeleid;afleiding;afleiding_en";

    internal static async Task<IResult> GetAsync(string code, string? niveau, string? binnen, string? periode, string? uitsplitsing, ShowIndicatorProfileQuery query, HttpContext http, CancellationToken ct)
    {
        if (IndicatorMapEndpoint.LevelOf(niveau) is not { } level)
        {
            return ProblemResponses.For([Problem.Invalid("niveau", "monitor.map.level", niveau)], http);
        }

        var request = new IndicatorProfileRequest(code, level, binnen?.Trim().ToUpperInvariant(), periode, uitsplitsing);
        if (await query.GetAsync(request, Audience.Public, ct) is not { } profile)
        {
            return ProblemResponses.For([Problem.NotFound("monitor.map.unknown", code)], http);
        }

        return TypedResults.Stream(
            stream => ExcelCsv.WriteAsync(stream, Header, Lines(profile), ct),
            ExcelCsv.ContentType,
            string.Create(CultureInfo.InvariantCulture, $"{profile.Indicator.Code}-{IndicatorMapEndpoint.NameOf(profile.Level)}-{profile.Within.Code}-{profile.Period}.csv"));
    }

    /// <summary>
    /// The ranking's lines in the one format of the CSV "voor Excel" (<see cref="ExcelCsv"/>); the source column names
    /// the table, its title and the period.
    /// </summary>
    internal static IEnumerable<string[]> Lines(IndicatorProfile profile)
    {
        var level = IndicatorMapEndpoint.NameOf(profile.Level);
        return profile.Ranking.Select(r => new[]
        {
            Cell(profile.Indicator.Code), level, Cell(profile.Within.Code), Cell(profile.Period), Cell(profile.Breakdown),
            ExcelCsv.Number(r.Rank), Cell(r.Area.Code), Cell(r.Area.Name), ExcelCsv.Number(r.Figure.Value),
            Cell(profile.Indicator.Unit), Cell(SourceTables.Describe(r.Figure.Source, r.Figure.PeriodCode)), ExcelCsv.YesNo(r.IsDerived), Cell(r.Derivation?.TextNl), Cell(r.Derivation?.TextEn),
        });
    }

    private static string Cell(string? text) => ExcelCsv.Text(text);
}
