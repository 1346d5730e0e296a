using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <summary>
/// The programmes as meeting places read them, only through <see cref="IProgrammeCatalogue"/>: which focus areas a
/// place can lie in, their names for the pages, and the scope the domain checks a place against.
/// </summary>
public sealed class PlaceProgrammes(IProgrammeCatalogue catalogue)
{
    /// <summary>Every programme's focus areas, by programme name, then focus-area name.</summary>
    public Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasAsync(CancellationToken ct) => catalogue.FocusAreasAsync(null, ct);

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
}
