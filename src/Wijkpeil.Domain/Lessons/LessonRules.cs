using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Lessons;

/// <summary>The checks of a lesson's tags and source, apart so <see cref="Lesson"/> reads as what it holds.</summary>
internal static class LessonRules
{
    /// <summary>Tags trimmed and lower-cased, blank ones dropped, each once; bounded in number and length.</summary>
    public static Result<List<string>> Tags(IReadOnlyList<string>? tags)
    {
        var kept = (tags ?? []).Select(t => t?.Trim().ToLowerInvariant() ?? string.Empty).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (kept.Count > Lesson.MaxTags)
        {
            return Result<List<string>>.Failure(
                "lesson.tags.too_many",
                string.Create(CultureInfo.InvariantCulture, $"Geef ten hoogste {Lesson.MaxTags} trefwoorden; het zijn er {kept.Count}."),
                "tags",
                Lesson.MaxTags,
                kept.Count);
        }

        if (kept.FirstOrDefault(t => t.Length > Lesson.TagMaxLength) is { } tooLong)
        {
            return Result<List<string>>.Failure(
                "lesson.tags.item_too_long",
                string.Create(CultureInfo.InvariantCulture, $"Het trefwoord '{tooLong}' is te lang: maximaal {Lesson.TagMaxLength} tekens."),
                "tags",
                tooLong,
                Lesson.TagMaxLength);
        }

        return kept;
    }

    /// <summary>An event source names its event; an evaluation or report names a registered source.</summary>
    public static DomainError? Source(LessonDetails details) => details.SourceKind switch
    {
        null => null,
        LessonSourceKind.Event when details.SourceEventId is null =>
            new DomainError("lesson.source.event_required", "Kies de bijeenkomst waar de les vandaan komt.", "sourceEventId"),
        LessonSourceKind.Evaluation or LessonSourceKind.ExternalReport when details.SourceId is null =>
            new DomainError("lesson.source.required", "Kies de evaluatie of het rapport waar de les vandaan komt.", "sourceId"),
        LessonSourceKind.Event or LessonSourceKind.Evaluation or LessonSourceKind.ExternalReport => null,
        _ => new DomainError("lesson.source.kind_invalid", "Kies het soort bron: een bijeenkomst, een evaluatie of een extern rapport.", "sourceKind"),
    };
}
