using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Lessons.Contracts;
using Wijkpeil.App.Modules.Lessons.Search;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.ManageLessons;

/// <summary>
/// Editors capture a lesson and complete or change it later. Each step checks the role on the server and that the
/// pillars, focus areas, project and source exist, and stores the lesson, its audit entry, its search entry and the
/// public pages' eviction in one transaction, so the search never finds a lesson that is not there or misses one that is.
/// </summary>
public sealed class ManageLessonsHandler(WijkpeilDbContext db, ILessonSearch search, IAuditLog audit, IPublicChanges publicChanges, LessonChoicesQuery choices, TimeProvider time)
{
    /// <summary>A new lesson, a draft unless <paramref name="publish"/>; a filled-in <paramref name="newSource"/> is registered and becomes its source.</summary>
    public Task<Outcome<Lesson>> CreateAsync(ClaimsPrincipal user, LessonDetails details, bool publish, CancellationToken ct, NewLessonSource? newSource = null) => db.InTransactionAsync(async () =>
    {
        if (!LessonEditors.May(user))
        {
            return Problem.Forbidden("lesson.manage.forbidden");
        }

        var (withSource, refused) = await PrepareAsync(details, newSource, ct);
        if (refused.Count > 0)
        {
            return Outcome<Lesson>.Failure(refused);
        }

        var created = Lesson.Create(withSource, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var lesson = created.Value;
        if (publish)
        {
            lesson.Publish();
        }

        db.Add(lesson);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.Lesson, Key(lesson.Id), lesson.Title, null, LessonSnapshot.Of(lesson));
        return await IndexAsync(lesson, ct);
    }, ct);

    /// <summary>Changes a lesson; <paramref name="publish"/> true or false publishes or withdraws it.</summary>
    public Task<Outcome<Lesson>> ChangeAsync(int id, ClaimsPrincipal user, LessonDetails details, bool publish, CancellationToken ct, NewLessonSource? newSource = null) => db.InTransactionAsync(async () =>
    {
        if (!LessonEditors.May(user))
        {
            return Problem.Forbidden("lesson.manage.forbidden");
        }

        var lesson = await db.Lessons.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (lesson is null)
        {
            return Problem.NotFound("lesson.not_found", id);
        }

        var (withSource, refused) = await PrepareAsync(details, newSource, ct);
        if (refused.Count > 0)
        {
            return Outcome<Lesson>.Failure(refused);
        }

        var before = LessonSnapshot.Of(lesson);
        var changed = lesson.Change(withSource, time.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return Problem.From(changed.Error!);
        }

        if (publish)
        {
            lesson.Publish();
        }
        else
        {
            lesson.Withdraw();
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.Lesson, Key(id), lesson.Title, before, LessonSnapshot.Of(lesson));
        return await IndexAsync(lesson, ct);
    }, ct);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<Outcome<Lesson>> IndexAsync(Lesson lesson, CancellationToken ct)
    {
        publicChanges.Invalidate(IRelatedLessons.CacheTag);
        await db.SaveChangesAsync(ct);
        await search.IndexAsync(new LessonSearchDocument(lesson.Id, lesson.Title, lesson.SearchText(), lesson.Tags), ct);
        return lesson;
    }

    /// <summary>The details with a newly registered source filled in, or what they refer to that does not exist.</summary>
    private async Task<(LessonDetails Details, List<Problem> Refused)> PrepareAsync(LessonDetails details, NewLessonSource? newSource, CancellationToken ct)
    {
        var problems = await CheckReferencesAsync(details, newSource is null, ct);
        if (problems.Count > 0 || newSource is null)
        {
            return (details, problems);
        }

        var source = LessonSource.Create(newSource.Kind, newSource.Title, newSource.Url);
        if (!source.IsSuccess)
        {
            return (details, [Problem.From(source.Error!)]);
        }

        db.Add(source.Value);
        await db.SaveChangesAsync(ct);
        return (details with { SourceKind = newSource.Kind, SourceId = source.Value.Id }, problems);
    }

    private async Task<List<Problem>> CheckReferencesAsync(LessonDetails details, bool checkSource, CancellationToken ct)
    {
        var known = await choices.ReadAsync(ct);
        var problems = new List<Problem>();
        problems.AddRange(details.PillarNumbers.Where(n => known.Pillar(n) is null).Select(n => Problem.Invalid("pillarNumbers", "lesson.manage.pillar_unknown", n)));
        problems.AddRange(details.FocusAreaCodes.Where(c => !known.HasFocusArea(c)).Select(c => Problem.Invalid("focusAreaCodes", "lesson.manage.focus_area_unknown", c)));
        if (details.ProjectId is { } projectId && known.Projects.All(p => p.Id != projectId))
        {
            problems.Add(Problem.Invalid("projectId", "lesson.manage.project_unknown", projectId));
        }

        if (checkSource && details.SourceId is { } sourceId && known.Sources.All(s => s.Id != sourceId))
        {
            problems.Add(Problem.Invalid("sourceId", "lesson.manage.source_unknown", sourceId));
        }

        return problems;
    }
}

/// <summary>An evaluation or report typed in the lesson's form, registered with the lesson.</summary>
public sealed record NewLessonSource(LessonSourceKind Kind, string? Title, string? Url);
