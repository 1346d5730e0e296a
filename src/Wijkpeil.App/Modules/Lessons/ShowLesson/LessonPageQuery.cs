using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Lessons.ManageLessons;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.ShowLesson;

/// <summary>A lesson as its page shows it, with its project and source named.</summary>
public sealed record LessonView(Lesson Lesson, ProjectEntry? Project, LessonSourceEntry? Source);

/// <summary>One lesson for its page; a draft only for editors.</summary>
public sealed class LessonPageQuery(WijkpeilDbContext db, IProjectDirectory projects)
{
    public async Task<LessonView?> GetAsync(int id, bool includeDrafts, CancellationToken ct)
    {
        var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && (includeDrafts || l.IsPublished), ct);
        if (lesson is null)
        {
            return null;
        }

        // A draft project is named only to editors, as the agenda does.
        var project = lesson.ProjectId is { } projectId
            ? await projects.Projects.SingleOrDefaultAsync(p => p.Id == projectId && (includeDrafts || p.IsPublished), ct)
            : null;
        var source = lesson.SourceId is { } sourceId
            ? await db.LessonSources.Where(s => s.Id == sourceId).Select(s => new LessonSourceEntry(s.Id, s.Kind, s.Title, s.Url)).SingleOrDefaultAsync(ct)
            : null;
        return new LessonView(lesson, project, source);
    }
}
