using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Tests.Security;

/// <summary>The Lessons targets of the matrix: a draft lesson of its own per cell; the read rows share one published lesson.</summary>
public sealed partial class MatrixHost
{
    private readonly SemaphoreSlim _lessonReadLock = new(1, 1);
    private int? _readLesson;

    /// <summary>The quick capture's five fields for a lesson named <paramref name="title"/>, kept as a draft.</summary>
    internal static Dictionary<string, string> LessonFields(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.WhatWasTried"] = "Een spreekuur in de buurtkamer.",
        ["Input.WhatHappened"] = "Er kwamen meer bewoners.",
        ["Input.Maturity"] = nameof(LessonMaturity.PracticalExperience),
        ["Input.Action"] = "concept",
    };

    /// <summary><paramref name="path"/> with <c>{lesson}</c> replaced by the id of a published lesson made once per host.</summary>
    internal async Task<string> LessonReadPathAsync(string path)
    {
        if (!path.Contains("{lesson}", StringComparison.Ordinal))
        {
            return path;
        }

        await _lessonReadLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _readLesson ??= await CreateLessonAsync(publish: true);
        }
        finally
        {
            _lessonReadLock.Release();
        }

        return path.Replace("{lesson}", _readLesson.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task<Target> CreateDraftLessonTargetAsync() => new(TargetKind.DraftLesson, Id: await CreateLessonAsync(publish: false));

    private async Task<int> CreateLessonAsync(bool publish)
    {
        var lesson = Lesson.Create(new LessonDetails("Matrixles", "Geprobeerd.", "Gebeurd.", null, LessonMaturity.Described), DateTimeOffset.UnixEpoch).Value;
        if (publish)
        {
            lesson.Publish();
        }

        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(lesson);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return lesson.Id;
    }

    private static async Task<string> LessonFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        if (target.Kind == TargetKind.NewLesson)
        {
            return "lessons: " + await db.Set<Lesson>().CountAsync(ct);
        }

        var l = await db.Set<Lesson>().AsNoTracking().SingleAsync(x => x.Id == target.Id, ct);
        return JsonSerializer.Serialize(new { l.Title, l.WhatWasTried, l.WhatHappened, l.Maturity, l.IsPublished });
    }
}
