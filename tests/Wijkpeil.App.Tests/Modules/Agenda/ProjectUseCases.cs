using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Agenda.ChangeProjectStatus;
using Wijkpeil.App.Modules.Agenda.CreateProject;
using Wijkpeil.App.Modules.Agenda.DeleteProject;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Agenda.LinkIndicator;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.PublishProject;
using Wijkpeil.App.Modules.Agenda.RecordFunding;
using Wijkpeil.App.Modules.Agenda.RecordOutput;
using Wijkpeil.App.Modules.Agenda.RecordProgress;

namespace Wijkpeil.App.Tests.Modules.Agenda;

/// <summary>The project use cases of one request scope, sharing one <see cref="ProjectChanges"/> with a fixed "today".</summary>
internal sealed record ProjectUseCases(
    CreateProjectHandler Create,
    EditProjectHandler Edit,
    ChangeProjectStatusHandler Status,
    PublishProjectHandler Publish,
    DeleteProjectHandler Delete,
    RecordProgressHandler Progress,
    RecordOutputHandler Output,
    RecordFundingHandler Funding,
    LinkIndicatorHandler Indicators,
    ProjectEditQuery Query)
{
    public static ProjectUseCases In(IServiceProvider services, TimeProvider clock)
    {
        var changes = ActivatorUtilities.CreateInstance<ProjectChanges>(services, clock);
        return new ProjectUseCases(
            new CreateProjectHandler(changes),
            new EditProjectHandler(changes),
            new ChangeProjectStatusHandler(changes),
            new PublishProjectHandler(changes),
            new DeleteProjectHandler(changes),
            new RecordProgressHandler(changes),
            new RecordOutputHandler(changes),
            new RecordFundingHandler(changes),
            new LinkIndicatorHandler(changes),
            new ProjectEditQuery(changes));
    }
}
