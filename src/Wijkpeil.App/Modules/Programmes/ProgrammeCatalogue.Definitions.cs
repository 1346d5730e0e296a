using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes;

// Whole definitions for pages: one command each, whatever the number of programmes. Public pages read a definition on
// every cold request, and the split queries of GetAsync (one command per child table) would cost them eight.
internal sealed partial class ProgrammeCatalogue
{
    // Every part of every programme as one flat row per item, told apart by Kind; the caller's condition on ProgrammeId is
    // added around it by EF. The column names are those of both providers' migrations. Position avoids "Order", a keyword.
    private const string DefinitionRowsSql = """
        SELECT 0 AS "Kind", p."Id" AS "ProgrammeId", 0 AS "Number", 0 AS "Position", 0 AS "Extra",
               p."Code" AS "Text1", p."Name" AS "Text2", p."Description" AS "Text3", CAST(NULL AS TEXT) AS "Text4"
        FROM programmes AS p
        UNION ALL
        SELECT 1, pl."ProgrammeId", pl."Number", pl."Order", 0, pl."NameNl", pl."NameEn", NULL, NULL
        FROM pillars AS pl
        UNION ALL
        SELECT 2, f."ProgrammeId", f."Id", 0, 0, f."Code", f."Name", f."MunicipalityCode", m."AreaCode"
        FROM focus_areas AS f LEFT JOIN focus_area_members AS m ON m."FocusAreaId" = f."Id"
        UNION ALL
        SELECT 3, r."ProgrammeId", 0, r."Order", 0, r."AreaCode", NULL, NULL, NULL
        FROM reference_areas AS r
        UNION ALL
        SELECT 4, c."ProgrammeId", c."PillarNumber", c."Order", c."IndicatorId", i."Code", c."BreakdownCode", NULL, NULL
        FROM core_indicators AS c JOIN indicators AS i ON i."Id" = c."IndicatorId"
        UNION ALL
        SELECT 5, w."ProgrammeId", w."Order", COALESCE(s."Order", 0), w."Id", w."Slug", w."Name", s."SourceTable", s."PeriodCode"
        FROM waves AS w LEFT JOIN wave_sources AS s ON s."WaveId" = w."Id"
        """;

    private enum RowKind
    {
        Programme = 0,
        Pillar = 1,
        FocusAreaMember = 2,
        ReferenceArea = 3,
        KernsetEntry = 4,
        WaveSource = 5,
    }

    public Task<IReadOnlyList<ProgrammeDetails>> DetailsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        var wanted = slugs.Distinct(StringComparer.Ordinal).ToList();
        return DefinitionsAsync(db.Programmes.Where(p => wanted.Contains(p.Code)).Select(p => p.Id), cancellationToken);
    }

    public Task<IReadOnlyList<ProgrammeDetails>> IncludingAreasAsync(IReadOnlyCollection<AreaCode> areaCodes, CancellationToken cancellationToken = default)
    {
        var codes = areaCodes.Distinct().ToList();
        var ids = db.Programmes
            .Where(p => p.FocusAreas.Any(f => codes.Contains(f.MunicipalityCode) || f.MemberRows.Any(m => codes.Contains(m.AreaCode)))
                || p.ReferenceAreas.Any(r => codes.Contains(r.AreaCode)))
            .Select(p => p.Id);
        return DefinitionsAsync(ids, cancellationToken);
    }

    public async Task<IReadOnlyList<KernsetPlace>> KernsetPlacesAsync(IReadOnlyCollection<int>? indicatorIds, CancellationToken cancellationToken = default)
    {
        var ids = indicatorIds?.Distinct().ToList();
        var rows = await (
            from p in db.Programmes.AsNoTracking()
            from c in p.CoreIndicators
            from pl in p.Pillars
            where pl.Number == c.PillarNumber && (ids == null || ids.Contains(c.IndicatorId))
            select new { p.Code, c.IndicatorId, pl.Number, pl.NameNl, pl.NameEn, PillarOrder = pl.Order, c.BreakdownCode, c.Order })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.PillarOrder).ThenBy(r => r.Order)
            .Select(r => new KernsetPlace(r.Code, r.IndicatorId, new PillarDetails(r.Number, r.NameNl, r.NameEn, r.PillarOrder), r.BreakdownCode, r.Order))];
    }

    private async Task<IReadOnlyList<ProgrammeDetails>> DefinitionsAsync(IQueryable<int> programmeIds, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<DefinitionRow>(DefinitionRowsSql)
            .Where(r => programmeIds.Contains(r.ProgrammeId))
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => r.ProgrammeId)
            .Where(g => g.Any(r => r.Kind == (int)RowKind.Programme))
            .Select(g => ToDetails(g.Key, [.. g]))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Slug, StringComparer.Ordinal)];
    }

    private static ProgrammeDetails ToDetails(int id, List<DefinitionRow> rows)
    {
        List<DefinitionRow> Of(RowKind kind) => [.. rows.Where(r => r.Kind == (int)kind)];
        var programme = Of(RowKind.Programme).Single();
        var pillars = Of(RowKind.Pillar)
            .OrderBy(r => r.Position).ThenBy(r => r.Number)
            .Select(r => new PillarDetails(r.Number, r.Text1!, r.Text2!, r.Position))
            .ToList();
        var pillarOrder = pillars.Select((p, i) => (p.Number, i)).ToDictionary(x => x.Number, x => x.i);
        var focusAreas = Of(RowKind.FocusAreaMember)
            .GroupBy(r => r.Number)
            .Select(g => new FocusAreaDetails(
                g.First().Text1!,
                g.First().Text2!,
                AreaCode.From(g.First().Text3!),
                [.. g.Where(r => r.Text4 is not null).Select(r => AreaCode.From(r.Text4!)).Order()]))
            .OrderBy(f => f.Name, StringComparer.CurrentCulture)
            .ToList();
        var kernset = Of(RowKind.KernsetEntry)
            .OrderBy(r => pillarOrder.GetValueOrDefault(r.Number)).ThenBy(r => r.Position)
            .Select(r => new KernsetEntry(r.Extra, r.Text1!, r.Text2!, r.Number, r.Position))
            .ToList();
        var waves = Of(RowKind.WaveSource)
            .GroupBy(r => r.Extra)
            .Select(g => new WaveDetails(
                g.First().Text1!,
                g.First().Text2!,
                g.First().Number,
                [.. g.Where(r => r.Text3 is not null).OrderBy(r => r.Position).Select(r => new WaveSourceDetails(r.Text3!, r.Text4!))]))
            .OrderBy(w => w.Order)
            .ToList();
        return new ProgrammeDetails(
            id,
            programme.Text1!,
            programme.Text2!,
            programme.Text3,
            pillars,
            focusAreas,
            [.. Of(RowKind.ReferenceArea).OrderBy(r => r.Position).Select(r => AreaCode.From(r.Text1!))],
            kernset,
            waves);
    }

    /// <summary>One row of <see cref="DefinitionRowsSql"/>; what the columns hold depends on <see cref="Kind"/>.</summary>
    internal sealed class DefinitionRow
    {
        public int Kind { get; init; }

        public int ProgrammeId { get; init; }

        public int Number { get; init; }

        public int Position { get; init; }

        public int Extra { get; init; }

        public string? Text1 { get; init; }

        public string? Text2 { get; init; }

        public string? Text3 { get; init; }

        public string? Text4 { get; init; }
    }
}
