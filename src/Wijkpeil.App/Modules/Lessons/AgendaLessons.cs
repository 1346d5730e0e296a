using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Lessons.Contracts;

namespace Wijkpeil.App.Modules.Lessons;

/// <summary>The agenda's view of <see cref="IRelatedLessons"/>: a project's own lessons first, then its area's and pillars'.</summary>
internal sealed class AgendaLessons(IRelatedLessons related) : IAgendaLessons
{
    public async Task<IReadOnlyList<ProjectLesson>> ForProjectAsync(int projectId, string focusAreaCode, IReadOnlyCollection<int> pillars, CancellationToken ct)
    {
        var lessons = await related.FindAsync(new Contracts.RelatedLessonsQuery([focusAreaCode], pillars, [], ProjectId: projectId), ct);
        return [.. lessons.Select(l => new ProjectLesson(l.Id, l.Title, l.Maturity.ToString()))];
    }
}
