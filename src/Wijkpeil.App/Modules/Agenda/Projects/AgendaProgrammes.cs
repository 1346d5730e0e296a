using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>
/// The programmes as the agenda reads them: only through <see cref="IProgrammeCatalogue"/>, read once per request.
/// A project belongs to one programme; its focus area and pillars are that programme's.
/// </summary>
public sealed class AgendaProgrammes(IProgrammeCatalogue catalogue)
{
    private IReadOnlyList<ProgrammeDetails>? all;

    /// <summary>Every programme with its focus areas and pillars, by name.</summary>
    public async Task<IReadOnlyList<ProgrammeDetails>> AllAsync(CancellationToken ct)
    {
        if (all is null)
        {
            var list = new List<ProgrammeDetails>();
            foreach (var summary in await catalogue.ListAsync(ct))
            {
                if (await catalogue.GetAsync(summary.Slug, ct) is { } details)
                {
                    list.Add(details);
                }
            }

            all = list;
        }

        return all;
    }

    /// <summary>The programme with this id; null when there is none.</summary>
    public async Task<ProgrammeDetails?> ByIdAsync(int id, CancellationToken ct) =>
        (await AllAsync(ct)).FirstOrDefault(p => p.Id == id);

    /// <summary>The programme with this slug; null when there is none.</summary>
    public async Task<ProgrammeDetails?> BySlugAsync(string? slug, CancellationToken ct) =>
        (await AllAsync(ct)).FirstOrDefault(p => string.Equals(p.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The programme and focus area that <paramref name="text"/> names: a focus-area code, <c>{programme}/{code}</c>, or a
    /// CBS code of a member wijk or buurt (or a buurt inside a member wijk). Within <paramref name="programme"/> when
    /// given; else it must point at exactly one programme's focus area, or nothing is found.
    /// </summary>
    public async Task<(ProgrammeDetails Programme, FocusAreaDetails FocusArea)?> ResolveAsync(string? text, ProgrammeDetails? programme, CancellationToken ct) =>
        await CandidatesAsync(text, programme, ct) is [var only] ? only : null;

    /// <summary>
    /// Every programme focus area that <paramref name="text"/> names (see <see cref="ResolveAsync"/>): more than one when
    /// programmes share a focus-area code or member and no programme was named, so the caller can ask for it.
    /// </summary>
    public async Task<IReadOnlyList<(ProgrammeDetails Programme, FocusAreaDetails FocusArea)>> CandidatesAsync(string? text, ProgrammeDetails? programme, CancellationToken ct)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var named = await BySlugAsync(trimmed[..slash], ct);
            if (named is null || (programme is not null && named.Id != programme.Id))
            {
                return [];
            }

            (programme, trimmed) = (named, trimmed[(slash + 1)..]);
        }

        IEnumerable<ProgrammeDetails> candidates = programme is null ? await AllAsync(ct) : [programme];
        return [.. candidates.Select(p => (Programme: p, FocusArea: FindFocusArea(p, trimmed)))
            .Where(x => x.FocusArea is not null)
            .Select(x => (x.Programme, x.FocusArea!))];
    }

    /// <summary>The focus area of <paramref name="programme"/> that <paramref name="text"/> names by code or member; null when none.</summary>
    public static FocusAreaDetails? FindFocusArea(ProgrammeDetails programme, string? text)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var byCode = programme.FocusAreas.FirstOrDefault(f => string.Equals(f.Slug, trimmed, StringComparison.OrdinalIgnoreCase));
        if (byCode is not null || !AreaCode.TryParse(trimmed, out var area))
        {
            return byCode;
        }

        return programme.FocusAreas.FirstOrDefault(f => f.Members.Contains(area))
            ?? (area.Level == AreaLevel.Neighbourhood && area.DerivedParent is { } wijk ? programme.FocusAreas.FirstOrDefault(f => f.Members.Contains(wijk)) : null);
    }

    /// <summary>What the domain checks a project against.</summary>
    public static ProgrammeScope Scope(ProgrammeDetails programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeScope(programme.Id, programme.Name, [.. programme.FocusAreas.Select(f => f.Slug)], [.. programme.Pillars.Select(p => p.Number)]);
    }
}
