namespace Wijkpeil.Domain.Lessons;

/// <summary>
/// How well a lesson is founded, after the levels of Wat Werkt in de Wijk and Movisie's recognition of interventions:
/// a reader weighs a lesson from one project differently from one that is described and backed by evaluation.
/// </summary>
public enum LessonMaturity
{
    /// <summary>Praktijkervaring: what people saw happen in one place.</summary>
    PracticalExperience = 1,

    /// <summary>Beschreven: the approach and its effective elements are written down so others can repeat it.</summary>
    Described = 2,

    /// <summary>Onderbouwd: the approach is described and backed by theory or evaluation of why it works.</summary>
    Substantiated = 3,
}

/// <summary>Where a lesson comes from.</summary>
public enum LessonSourceKind
{
    /// <summary>A Community of Practice event (its id in <see cref="Lesson.SourceEventId"/>).</summary>
    Event = 1,

    /// <summary>An evaluation (a registered <see cref="LessonSource"/>).</summary>
    Evaluation = 2,

    /// <summary>An external report or article (a registered <see cref="LessonSource"/>, with its URL).</summary>
    ExternalReport = 3,
}
