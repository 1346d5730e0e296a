using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>Adds a seeded agenda or the example projects (<see cref="IAgendaSeeding"/>): projects built through the domain's own rules.</summary>
internal sealed class AgendaSeeding(WijkpeilDbContext db, IProgrammeCatalogue programmes, ProjectChanges changes) : IAgendaSeeding
{
    public async Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<SeedProject> projects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var programme = await programmes.GetAsync(programmeSlug, cancellationToken);
        if (programme is null || await db.Projects.AnyAsync(p => p.ProgrammeId == programme.Id, cancellationToken))
        {
            return false;
        }

        var scope = AgendaProgrammes.Scope(programme);
        var today = changes.Today();
        db.Projects.AddRange(projects.Select(p => Build(scope, p, today, isExample: false)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<int?> CountExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default) =>
        await programmes.GetAsync(programmeSlug, cancellationToken) is { } programme
            ? await db.Projects.CountAsync(p => p.ProgrammeId == programme.Id && p.IsExampleData, cancellationToken)
            : null;

    public async Task<int?> AddExamplesAsync(string programmeSlug, IReadOnlyList<SeedProject> projects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (await programmes.GetAsync(programmeSlug, cancellationToken) is not { } programme)
        {
            return null;
        }

        var scope = AgendaProgrammes.Scope(programme);
        var today = changes.Today();
        await changes.AddAllAsync([.. projects.Select(p => Build(scope, p, today, isExample: true))], programme, cancellationToken);
        return projects.Count;
    }

    public async Task<int?> RemoveExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default) =>
        await programmes.GetAsync(programmeSlug, cancellationToken) is { } programme
            ? await changes.RemoveExamplesAsync(programme, cancellationToken)
            : null;

    private static Project Build(ProgrammeScope programme, SeedProject seed, DateOnly today, bool isExample)
    {
        var project = Check(Project.Create(
            programme,
            new ProjectDetails(seed.FocusArea, seed.Title, seed.Pillars, seed.Owner, seed.StartDate, seed.EndDate, seed.Description, seed.MeetingPlace)));

        // Started and completed on the seed's dates, or on unknown ones: a source that does not date a project
        // gets no date made up for it.
        if (seed.Status is ProjectStatus.Running or ProjectStatus.Completed)
        {
            Check(project.Start(seed.StartDate, today));
        }

        if (seed.Status == ProjectStatus.Completed)
        {
            Check(project.Complete(seed.EndDate, today));
        }

        foreach (var progress in seed.Progress)
        {
            Check(project.AddProgressUpdate(progress.Date, progress.Text, progress.PercentComplete, today));
        }

        foreach (var output in seed.Outputs)
        {
            var measure = Check(project.AddOutputMeasure(output.Kind, output.Name, output.Unit, output.UnitLabel));
            Check(measure.SetValue(output.PeriodCode, output.Target, output.Realised));
        }

        foreach (var line in seed.Funding)
        {
            Check(project.AddFundingLine(line.Funder, line.FunderName, line.Year, line.Budget, line.Committed, line.Spent));
        }

        project.MarkAsExampleData(isExample);
        project.Publish();
        return project;
    }

    private static T Check<T>(Result<T> result) =>
        result.Error is { } error
            ? throw new InvalidOperationException($"The agenda seed is inconsistent: {error.Message}")
            : result.Value;
}
