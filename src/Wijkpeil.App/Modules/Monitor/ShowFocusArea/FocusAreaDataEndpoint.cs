using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Monitor.ShowFocusArea;

/// <summary>
/// The focus-area page's figures as data: <c>/programmas/{slug}/gebieden/{focusArea}.json</c> and <c>.csv</c>, one
/// record per indicator, breakdown and period of the focus area (derived or not, with the derivation in Dutch and
/// English and the members used), and for an indicator the focus area has no figure of (a survey estimate) each
/// member's latest figure. The CSV is for Dutch spreadsheets: UTF-8 with byte order mark, semicolons, decimal comma.
/// Cached like the page, with its tags.
/// </summary>
internal static class FocusAreaDataEndpoint
{
    public const string CsvHeader = "programma;focusgebied;gebied;gebiedsnaam;pijler;indicator;uitsplitsing;periode;waarde;eenheid;bron;afgeleid;afleiding;afleiding_en;deelgebieden";

    public static IEndpointRouteBuilder MapFocusAreaData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/programmas/{slug}/gebieden/{focusArea}.json", JsonAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithName("FocusAreaJson").WithTags("Monitor").WithSummary("A focus area's figures as one unit, with how each was derived.");
        endpoints.MapGet("/programmas/{slug}/gebieden/{focusArea}.csv", CsvAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithName("FocusAreaCsv").WithTags("Monitor").WithSummary("A focus area's figures as one unit, as CSV (semicolons, decimal comma).");
        return endpoints;
    }

    internal static async Task<Results<Ok<List<FocusAreaRecord>>, NotFound>> JsonAsync(string slug, string focusArea, ShowFocusAreaQuery query, CancellationToken ct) =>
        await query.GetAsync(slug, focusArea, Audience.Public, ct) is { } profile ? TypedResults.Ok(Records(profile)) : TypedResults.NotFound();

    internal static async Task<Results<PushStreamHttpResult, NotFound>> CsvAsync(string slug, string focusArea, ShowFocusAreaQuery query, CancellationToken ct)
    {
        if (await query.GetAsync(slug, focusArea, Audience.Public, ct) is not { } profile)
        {
            return TypedResults.NotFound();
        }

        // The CSV "voor Excel" (ExcelCsv); the source column names the table, its title and the period.
        var lines = Records(profile).Select(r => new[]
        {
            Cell(r.Programme), Cell(r.FocusArea), Cell(r.Area), Cell(r.AreaName), ExcelCsv.Number(r.Pillar), Cell(r.Indicator),
            Cell(r.Breakdown), Cell(r.Period), ExcelCsv.Number(r.Value), Cell(r.Unit), Cell(r.SourceTable is null ? r.Source : SourceTables.Describe(r.SourceTable, r.Period)),
            ExcelCsv.YesNo(r.Derived), Cell(r.DerivationNl), Cell(r.DerivationEn), Cell(string.Join(", ", r.Members)),
        });
        return TypedResults.Stream(stream => ExcelCsv.WriteAsync(stream, CsvHeader, lines, ct), ExcelCsv.ContentType, $"{profile.ProgrammeSlug}-{profile.FocusArea.Code}.csv");
    }

    /// <summary>The records of the page: the focus area's figures per period, then members' figures where it has none.</summary>
    internal static List<FocusAreaRecord> Records(FocusAreaProfile profile)
    {
        var records = new List<FocusAreaRecord>();
        var focus = profile.FocusArea;
        foreach (var pillar in profile.Pillars)
        {
            foreach (var row in pillar.Indicators)
            {
                var note = row.Derivation;
                var derived = note?.IsDerived == true;
                foreach (var figure in row.Trend.Where(f => f.Value is not null))
                {
                    records.Add(new FocusAreaRecord(
                        profile.ProgrammeSlug, focus.Code, focus.Members.Count == 1 ? focus.Members[0].Code : focus.Code, focus.Name, pillar.Pillar.Number,
                        row.Indicator.Code, row.Breakdown, figure.PeriodCode, figure.Value, row.Indicator.Unit, row.Indicator.Source,
                        derived, derived ? note!.TextNl : null, derived ? note!.TextEn : null, derived ? note!.Members : [])
                    {
                        // A derived figure has no table of its own: its bron stays the indicator's publisher.
                        SourceTable = derived ? null : figure.Source,
                    });
                }

                if (!derived && note is not null)
                {
                    foreach (var member in row.Members)
                    {
                        records.Add(new FocusAreaRecord(
                            profile.ProgrammeSlug, focus.Code, member.Area.Code, member.Area.Name, pillar.Pillar.Number, row.Indicator.Code, row.Breakdown,
                            member.Latest?.PeriodCode, member.Latest?.Value, row.Indicator.Unit, row.Indicator.Source, false, note.TextNl, note.TextEn, [])
                        {
                            SourceTable = member.Latest?.Source,
                        });
                    }
                }
            }
        }

        return records;
    }

    private static string Cell(string? text) => ExcelCsv.Text(text);
}

/// <summary>One figure of a focus-area download: the focus area's own (derived or not) or, where it has none, a member's.</summary>
/// <param name="Programme">The programme's slug.</param>
/// <param name="FocusArea">The focus area's slug.</param>
/// <param name="Area">Whose figure: the focus area's slug for a figure of several members, else the CBS code.</param>
/// <param name="AreaName">That area's name.</param>
/// <param name="Pillar">The pillar number.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Breakdown">The breakdown code.</param>
/// <param name="Period">The period code; null when the member has no figure.</param>
/// <param name="Value">The value; null when there is none (suppressed or missing).</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Source">Who publishes the figures it comes from.</param>
/// <param name="Derived">Whether the monitor derived the figure (a sum, or a ratio of sums).</param>
/// <param name="DerivationNl">How it was derived, or why the focus area has no figure of its own, in Dutch.</param>
/// <param name="DerivationEn">The same in English.</param>
/// <param name="Members">The areas a derived figure was made of.</param>
public sealed record FocusAreaRecord(
    string Programme,
    string FocusArea,
    string Area,
    string AreaName,
    int Pillar,
    string Indicator,
    string Breakdown,
    string? Period,
    double? Value,
    string Unit,
    string Source,
    bool Derived,
    string? DerivationNl,
    string? DerivationEn,
    IReadOnlyList<string> Members)
{
    /// <summary>The source table of the import a stored figure came from (50090NED, kwb, ...); null for a derived figure.</summary>
    public string? SourceTable { get; init; }
}
