using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>A programme as the audit trail keeps it: the same shape a request sends, so before and after compare field by field.</summary>
internal static class ProgrammeSnapshot
{
    public static async Task<ProgrammeDefinition> TakeAsync(IIndicatorCatalogue catalogue, Programme programme, CancellationToken ct)
    {
        var ids = programme.CoreIndicators.Select(c => c.IndicatorId).Distinct().ToList();
        var codes = await catalogue.Indicators.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        var pillarOrder = programme.Pillars.Select((p, i) => (p.Number, i)).ToDictionary(x => x.Number, x => x.i);
        return new ProgrammeDefinition(
            programme.Code,
            programme.Name,
            programme.Description,
            [.. programme.Pillars.Select(p => new PillarDefinition(p.Number, p.NameNl, p.NameEn))],
            [.. programme.FocusAreas.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => new FocusAreaDefinition(f.Code, f.Name, [.. f.Members.Select(m => m.Value)]))],
            [.. programme.ReferenceAreas.OrderBy(r => r.Order).Select(r => r.AreaCode.Value)],
            [.. programme.CoreIndicators.OrderBy(c => pillarOrder.GetValueOrDefault(c.PillarNumber)).ThenBy(c => c.Order)
                .Select(c => new KernsetDefinition(codes.GetValueOrDefault(c.IndicatorId), c.BreakdownCode, c.PillarNumber))],
            [.. programme.Waves.Select(w => new WaveDefinition(w.Slug, w.Name, [.. w.Sources.Select(s => new WaveSourceDefinition(s.SourceTable, s.PeriodCode))]))]);
    }
}
