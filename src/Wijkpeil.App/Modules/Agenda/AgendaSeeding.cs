using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>Adds a seeded agenda (<see cref="IAgendaSeeding"/>): projects built through the domain's own rules.</summary>
internal sealed class AgendaSeeding(WijkpeilDbContext db, IProgrammeCatalogue programmes) : IAgendaSeeding
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
        db.Projects.AddRange(projects.Select(p => Build(scope, p)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Project Build(ProgrammeScope programme, SeedProject seed)
    {
        var project = Check(Project.Create(
            programme,
            new ProjectDetails(seed.FocusArea, seed.Title, seed.Pillars, seed.Owner, Description: seed.Description, MeetingPlaceName: seed.MeetingPlace)));
        if (seed.Status is ProjectStatus.Running or ProjectStatus.Completed)
        {
            Check(project.Start(seed.ReportedOn, seed.ReportedOn));
        }

        if (seed.Status == ProjectStatus.Completed)
        {
            Check(project.Complete(seed.ReportedOn, seed.ReportedOn));
        }

        Check(project.AddProgressUpdate(seed.ReportedOn, seed.ProgressNote, percentComplete: null, seed.ReportedOn));
        foreach (var output in seed.Outputs)
        {
            var measure = Check(project.AddOutputMeasure(output.Kind, output.Name, output.Unit, output.UnitLabel));
            Check(measure.SetValue(output.PeriodCode, output.Target, output.Realised));
        }

        foreach (var line in seed.Funding)
        {
            Check(project.AddFundingLine(line.Funder, line.FunderName, line.Year, line.Budget, line.Committed, line.Spent));
        }

        project.MarkAsExampleData(seed.IsExampleData);
        project.Publish();
        return project;
    }

    private static T Check<T>(Result<T> result) =>
        result.Error is { } error
            ? throw new InvalidOperationException($"The agenda seed is inconsistent: {error.Message}")
            : result.Value;
}
