using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.ManageLessons;

/// <summary>What the lesson forms and the library's filters offer, and what a saved lesson may refer to.</summary>
/// <param name="Pillars">Pillars by number (programmes share the numbering), with their names.</param>
/// <param name="FocusAreas">Every programme's focus areas.</param>
/// <param name="Projects">Agenda projects, drafts included (editors are staff).</param>
/// <param name="Sources">The registered evaluations and reports.</param>
public sealed record LessonChoices(
    IReadOnlyList<PillarDetails> Pillars,
    IReadOnlyList<ProgrammeFocusArea> FocusAreas,
    IReadOnlyList<ProjectEntry> Projects,
    IReadOnlyList<LessonSourceEntry> Sources)
{
    public bool HasFocusArea(string code) => FocusAreas.Any(f => string.Equals(f.FocusArea.Slug, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The focus area's name, or the code when no programme has it any more.</summary>
    public string FocusAreaName(string code) =>
        FocusAreas.FirstOrDefault(f => string.Equals(f.FocusArea.Slug, code, StringComparison.OrdinalIgnoreCase))?.FocusArea.Name ?? code;

    /// <summary>The pillar's name in Dutch and English, or null when no programme has it.</summary>
    public PillarDetails? Pillar(int number) => Pillars.FirstOrDefault(p => p.Number == number);
}

/// <summary>A registered source as pages show it.</summary>
public sealed record LessonSourceEntry(int Id, LessonSourceKind Kind, string Title, string? Url);

/// <summary>Reads the <see cref="LessonChoices"/>: pillars and focus areas through the Programmes contract, projects through the Agenda contract.</summary>
public sealed class LessonChoicesQuery(WijkpeilDbContext db, IProgrammeCatalogue catalogue, IProjectDirectory projects)
{
    public async Task<LessonChoices> ReadAsync(CancellationToken ct)
    {
        var programmes = await catalogue.ListAsync(ct);
        var details = await catalogue.DetailsAsync([.. programmes.Select(p => p.Slug)], ct);
        var pillars = details.SelectMany(p => p.Pillars).GroupBy(p => p.Number).Select(g => g.First()).OrderBy(p => p.Number).ToList();
        var focusAreas = await catalogue.FocusAreasAsync(null, ct);
        var projectList = await projects.Projects.OrderBy(p => p.Title).ToListAsync(ct);
        var sources = await db.LessonSources.OrderBy(s => s.Title).Select(s => new LessonSourceEntry(s.Id, s.Kind, s.Title, s.Url)).ToListAsync(ct);
        return new LessonChoices(pillars, focusAreas, projectList, sources);
    }
}
