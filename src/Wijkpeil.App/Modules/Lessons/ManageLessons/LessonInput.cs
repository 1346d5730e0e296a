using System.Globalization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.ManageLessons;

/// <summary>
/// The lesson form as typed: the five fields of a quick capture, and for the full form every other field of
/// <see cref="LessonDetails"/>. Lists (tags) are one per line or comma-separated; numbers that cannot be read come
/// back as typed with their message.
/// </summary>
public sealed class LessonInput
{
    /// <summary>The button that sent the form: <see cref="PublishAction"/> publishes, anything else saves a draft.</summary>
    public const string PublishAction = "publiceren";

    public string? Title { get; set; }

    public string? WhatWasTried { get; set; }

    public string? WhatHappened { get; set; }

    public string? EffectiveElements { get; set; }

    public string? Maturity { get; set; }

    public string? Context { get; set; }

    public string? AreaKind { get; set; }

    public Dictionary<string, bool>? FocusAreas { get; set; }

    public Dictionary<int, bool>? Pillars { get; set; }

    public string? ProjectId { get; set; }

    public string? IndicatorCode { get; set; }

    public string? OutputMeasureId { get; set; }

    public string? OutcomeCaveat { get; set; }

    public string? SourceKind { get; set; }

    public string? SourceEventId { get; set; }

    public string? SourceId { get; set; }

    /// <summary>A new evaluation or report to register: its title (the kind is <see cref="SourceKind"/>).</summary>
    public string? NewSourceTitle { get; set; }

    public string? NewSourceUrl { get; set; }

    public string? Contact { get; set; }

    public string? Tags { get; set; }

    public string? Action { get; set; }

    public bool Publishes => Action == PublishAction;

    /// <summary>Form field ids by the domain's field names, for messages at their field.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new[]
    {
        "title", "whatWasTried", "whatHappened", "effectiveElements", "maturity", "context", "areaKind", "focusAreaCodes", "pillarNumbers",
        "projectId", "indicatorCode", "outputMeasureId", "outcomeCaveat", "sourceKind", "sourceEventId", "sourceId", "sourceTitle", "sourceUrl",
        "contact", "tags",
    }.ToDictionary(f => f, Id, StringComparer.Ordinal);

    public static string Id(string field) => "les-" + field;

    public bool HasFocusArea(string slug) => FocusAreas?.Any(f => f.Value && string.Equals(f.Key, slug, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>The form filled with a stored lesson.</summary>
    public static LessonInput From(Lesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        return new LessonInput
        {
            Title = lesson.Title,
            WhatWasTried = lesson.WhatWasTried,
            WhatHappened = lesson.WhatHappened,
            EffectiveElements = lesson.EffectiveElements,
            Maturity = lesson.Maturity.ToString(),
            Context = lesson.Context,
            AreaKind = lesson.AreaKind,
            FocusAreas = lesson.FocusAreaCodes.ToDictionary(c => c, _ => true),
            Pillars = lesson.PillarNumbers.ToDictionary(n => n, _ => true),
            ProjectId = Text(lesson.ProjectId),
            IndicatorCode = lesson.IndicatorCode,
            OutputMeasureId = Text(lesson.OutputMeasureId),
            OutcomeCaveat = lesson.OutcomeCaveat,
            SourceKind = lesson.SourceKind?.ToString(),
            SourceEventId = Text(lesson.SourceEventId),
            SourceId = Text(lesson.SourceId),
            Contact = lesson.Contact,
            Tags = string.Join(", ", lesson.Tags),
            Action = lesson.IsPublished ? PublishAction : null,
        };
    }

    /// <summary>The details, and the registered source to add when one is typed; or the fields that cannot be read.</summary>
    public (LessonDetails? Details, NewLessonSource? NewSource, List<Problem> Problems) ToDetails()
    {
        var problems = new List<Problem>();
        var maturity = Enum.TryParse<LessonMaturity>(Maturity, out var m) && Enum.IsDefined(m) ? m : (LessonMaturity)0;
        LessonSourceKind? kind = string.IsNullOrWhiteSpace(SourceKind) ? null
            : Enum.TryParse<LessonSourceKind>(SourceKind, out var k) && Enum.IsDefined(k) ? k : (LessonSourceKind)0;
        var details = new LessonDetails(Title, WhatWasTried, WhatHappened, EffectiveElements, maturity)
        {
            Context = Context,
            AreaKind = AreaKind,
            FocusAreaCodes = [.. (FocusAreas ?? []).Where(f => f.Value).Select(f => f.Key)],
            PillarNumbers = [.. (Pillars ?? []).Where(p => p.Value).Select(p => p.Key)],
            ProjectId = Number(ProjectId, "projectId", problems),
            IndicatorCode = IndicatorCode,
            OutputMeasureId = Number(OutputMeasureId, "outputMeasureId", problems),
            OutcomeCaveat = OutcomeCaveat,
            SourceKind = kind,
            SourceEventId = Number(SourceEventId, "sourceEventId", problems),
            SourceId = Number(SourceId, "sourceId", problems),
            Contact = Contact,
            Tags = (Tags ?? string.Empty).Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        };
        var newSource = kind is LessonSourceKind.Evaluation or LessonSourceKind.ExternalReport && !string.IsNullOrWhiteSpace(NewSourceTitle)
            ? new NewLessonSource(kind.Value, NewSourceTitle, NewSourceUrl)
            : null;
        return problems.Count > 0 ? (null, null, problems) : (details, newSource, problems);
    }

    private static int? Number(string? text, string field, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add(Problem.Invalid(field, "lesson.form.number_invalid", text));
        return null;
    }

    private static string? Text(int? number) => number?.ToString(CultureInfo.InvariantCulture);
}
