using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.ResearchPlans;

/// <summary>
/// The programmes as research plans read them, only through <see cref="IProgrammeCatalogue"/>: which focus areas a
/// plan can be about, their names and gemeenten for the pages and the access rule, and the scope the domain checks a plan against.
/// </summary>
public sealed class PlanProgrammes(IProgrammeCatalogue catalogue)
{
    /// <summary>Every programme's focus areas, by programme name, then focus-area name.</summary>
    public Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasAsync(CancellationToken ct) => catalogue.FocusAreasAsync(null, ct);

    /// <summary>Every programme, by name.</summary>
    public Task<IReadOnlyList<ProgrammeSummary>> ProgrammesAsync(CancellationToken ct) => catalogue.ListAsync(ct);

    /// <summary>The scope of the programme <paramref name="slug"/>, or null when there is none.</summary>
    public async Task<ProgrammeScope?> ScopeAsync(string? slug, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(slug) || await catalogue.GetAsync(slug.Trim(), ct) is not { } programme
            ? null
            : new ProgrammeScope(programme.Id, programme.Name, [.. programme.FocusAreas.Select(f => f.Slug)], [.. programme.Pillars.Select(p => p.Number)]);

    /// <summary>The scope of the programme with id <paramref name="programmeId"/>, or null when there is none.</summary>
    public async Task<ProgrammeScope?> ScopeAsync(int programmeId, CancellationToken ct)
    {
        var slug = (await catalogue.ListAsync(ct)).FirstOrDefault(p => p.Id == programmeId)?.Slug;
        return await ScopeAsync(slug, ct);
    }

    /// <summary>The gemeente of focus area <paramref name="focusAreaCode"/> of programme <paramref name="programmeId"/>, or null when there is none.</summary>
    public async Task<AreaCode?> GemeenteOfAsync(int programmeId, string? focusAreaCode, CancellationToken ct) =>
        (await FocusAreasAsync(ct))
            .FirstOrDefault(f => f.ProgrammeId == programmeId && string.Equals(f.FocusArea.Slug, focusAreaCode?.Trim(), StringComparison.Ordinal))
            ?.FocusArea.Municipality;
}
