using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Opportunities.ManageOpportunities;

/// <summary>What the opportunity form offers: the programmes (with their focus areas), the related programmes and the agenda projects.</summary>
public sealed class OpportunityChoicesQuery(WijkpeilDbContext db, IProgrammeCatalogue catalogue, IProjectDirectory projects)
{
    /// <summary>Every choice, each list by name or title.</summary>
    public async Task<OpportunityChoices> ReadAsync(CancellationToken ct)
    {
        var summaries = await catalogue.ListAsync(ct);
        var programmes = await catalogue.DetailsAsync([.. summaries.Select(s => s.Slug)], ct);
        var related = await db.RelatedProgrammes.AsNoTracking().OrderBy(p => p.Name).Select(p => new RelatedChoice(p.Id, p.Name)).ToListAsync(ct);
        var agenda = await projects.Projects.OrderBy(p => p.Title).Select(p => new ProjectChoice(p.Id, p.ProgrammeId, p.FocusAreaCode, p.Title)).ToListAsync(ct);
        return new OpportunityChoices(programmes, related, agenda);
    }
}

/// <summary>The choices of the opportunity form.</summary>
/// <param name="Programmes">The wijkaanpak programmes, with focus areas and pillars.</param>
/// <param name="Related">The related programmes, by name.</param>
/// <param name="Projects">The agenda projects of every programme, by title.</param>
public sealed record OpportunityChoices(IReadOnlyList<ProgrammeDetails> Programmes, IReadOnlyList<RelatedChoice> Related, IReadOnlyList<ProjectChoice> Projects)
{
    /// <summary>The scope the domain checks a chance of <paramref name="programmeId"/> against, or null when there is no such programme.</summary>
    public ProgrammeScope? Scope(int programmeId) =>
        Programmes.FirstOrDefault(p => p.Id == programmeId) is { } p
            ? new ProgrammeScope(p.Id, p.Name, [.. p.FocusAreas.Select(f => f.Slug)], [.. p.Pillars.Select(x => x.Number)])
            : null;
}

/// <summary>A related programme to pick.</summary>
public sealed record RelatedChoice(int Id, string Name);

/// <summary>An agenda project to link.</summary>
public sealed record ProjectChoice(int Id, int ProgrammeId, string FocusAreaCode, string Title);
