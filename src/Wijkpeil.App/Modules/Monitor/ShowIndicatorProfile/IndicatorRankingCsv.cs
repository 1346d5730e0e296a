using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Accounts.Contracts;

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

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

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

        return TypedResults.File(
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(profile))],
            "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"{profile.Indicator.Code}-{IndicatorMapEndpoint.NameOf(profile.Level)}-{profile.Within.Code}-{profile.Period}.csv"));
    }

    /// <summary>The CSV text of the profile's ranking, header first.</summary>
    internal static string Csv(IndicatorProfile profile)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        var level = IndicatorMapEndpoint.NameOf(profile.Level);
        foreach (var r in profile.Ranking)
        {
            csv.AppendJoin(';', [
                Cell(profile.Indicator.Code), level, Cell(profile.Within.Code), Cell(profile.Period), Cell(profile.Breakdown),
                r.Rank.ToString(CultureInfo.InvariantCulture), Cell(r.Area.Code), Cell(r.Area.Name), r.Figure.Value?.ToString(Dutch) ?? string.Empty,
                Cell(profile.Indicator.Unit), Cell(r.Figure.Source), r.IsDerived ? "ja" : "nee", Cell(r.Derivation?.TextNl), Cell(r.Derivation?.TextEn)]).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(string? text) => CsvCell.Text(text, ';');
}
