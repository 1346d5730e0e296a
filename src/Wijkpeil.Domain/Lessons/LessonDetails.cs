namespace Wijkpeil.Domain.Lessons;

/// <summary>What a coordinator fills in for a lesson, as typed; <see cref="Lesson"/> checks it.</summary>
/// <param name="Title">What the lesson is, in one line.</param>
/// <param name="WhatWasTried">What was tried, and in which situation.</param>
/// <param name="WhatHappened">What happened as a result.</param>
/// <param name="EffectiveElements">What made it work (or not): the elements another place would copy.</param>
/// <param name="Maturity">How well founded it is.</param>
public sealed record LessonDetails(string? Title, string? WhatWasTried, string? WhatHappened, string? EffectiveElements, LessonMaturity Maturity)
{
    /// <summary>The programme focus-area codes (slugs, as agenda projects name them) where it was learnt.</summary>
    public IReadOnlyList<string> FocusAreaCodes { get; init; } = [];

    /// <summary>The pillars it is about.</summary>
    public IReadOnlyList<int> PillarNumbers { get; init; } = [];

    /// <summary>The kind of area, in words (e.g. "naoorlogse wijk met veel hoogbouw").</summary>
    public string? AreaKind { get; init; }

    /// <summary>More about the situation than <see cref="WhatWasTried"/> says.</summary>
    public string? Context { get; init; }

    /// <summary>The agenda project in which it was tried.</summary>
    public int? ProjectId { get; init; }

    /// <summary>The indicator code whose figures show what happened.</summary>
    public string? IndicatorCode { get; init; }

    /// <summary>The project's output measure that shows what happened.</summary>
    public int? OutputMeasureId { get; init; }

    /// <summary>Why the linked figure does not prove the lesson (other causes, small numbers); required with a link.</summary>
    public string? OutcomeCaveat { get; init; }

    /// <summary>Event, evaluation or external report; null when it is nobody's but the author's.</summary>
    public LessonSourceKind? SourceKind { get; init; }

    /// <summary>The event it came from, with <see cref="LessonSourceKind.Event"/>.</summary>
    public int? SourceEventId { get; init; }

    /// <summary>The registered evaluation or report it came from.</summary>
    public int? SourceId { get; init; }

    /// <summary>Whom to ask about it (a name, a role, an organisation).</summary>
    public string? Contact { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
