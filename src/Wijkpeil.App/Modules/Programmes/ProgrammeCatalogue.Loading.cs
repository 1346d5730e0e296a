using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes;

// Every programme's whole definition in one command, whatever the number of programmes, for the in-memory copy the
// catalogue answers from (ProgrammesCopy): split queries (one command per child table) would cost the first cold page eight.
// The SQL reads the Programmes tables only; the kernset's indicator codes are joined in from the Indicators module's query
// (IIndicatorCatalogue.Indicators), which EF composes around it into the same command.
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
        SELECT 4, c."ProgrammeId", c."PillarNumber", c."Order", c."IndicatorId", NULL, c."BreakdownCode", NULL, NULL
        FROM core_indicators AS c
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

    /// <summary>Every programme's whole definition in one command (the in-memory copy's load), by name.</summary>
    private async Task<IReadOnlyList<ProgrammeDetails>> LoadAllAsync(CancellationToken cancellationToken)
    {
        // A kernset row's Extra is its indicator's id (a wave's is the wave's id, so the join is by kind too).
        var rows = await (
            from r in db.Database.SqlQueryRaw<DefinitionRow>(DefinitionRowsSql)
            join i in catalogue.Indicators on new { Id = r.Extra, Kernset = r.Kind == (int)RowKind.KernsetEntry } equals new { i.Id, Kernset = true } into indicators
            from i in indicators.DefaultIfEmpty()
            select new DefinitionRow
            {
                Kind = r.Kind,
                ProgrammeId = r.ProgrammeId,
                Number = r.Number,
                Position = r.Position,
                Extra = r.Extra,
                Text1 = r.Kind == (int)RowKind.KernsetEntry ? i!.Code : r.Text1,
                Text2 = r.Text2,
                Text3 = r.Text3,
                Text4 = r.Text4,
            }).ToListAsync(cancellationToken);
        return ByName(rows
            .GroupBy(r => r.ProgrammeId)
            .Where(g => g.Any(r => r.Kind == (int)RowKind.Programme))
            .Select(g => ToDetails(g.Key, [.. g])));
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
