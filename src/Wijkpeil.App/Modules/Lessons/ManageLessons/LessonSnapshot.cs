using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.ManageLessons;

/// <summary>A lesson's fields as the audit trail keeps them before and after a change.</summary>
internal sealed record LessonSnapshot(
    string Title,
    IReadOnlyList<string> FocusAreaCodes,
    IReadOnlyList<int> PillarNumbers,
    string? AreaKind,
    string? Context,
    string WhatWasTried,
    int? ProjectId,
    string WhatHappened,
    string? IndicatorCode,
    int? OutputMeasureId,
    string? OutcomeCaveat,
    string? EffectiveElements,
    LessonMaturity Maturity,
    LessonSourceKind? SourceKind,
    int? SourceEventId,
    int? SourceId,
    string? Contact,
    IReadOnlyList<string> Tags,
    bool IsPublished)
{
    public static LessonSnapshot Of(Lesson l) => new(
        l.Title, [.. l.FocusAreaCodes], [.. l.PillarNumbers], l.AreaKind, l.Context, l.WhatWasTried, l.ProjectId, l.WhatHappened, l.IndicatorCode,
        l.OutputMeasureId, l.OutcomeCaveat, l.EffectiveElements, l.Maturity, l.SourceKind, l.SourceEventId, l.SourceId, l.Contact, [.. l.Tags], l.IsPublished);
}
