namespace Wijkpeil.Domain.ResearchPlans;

/// <summary>
/// How a local research plan gathers its answers: the methods issue 14 lists, and the one the progress letter names
/// for the Soesterkwartier ("gesprekken met sleutelfiguren"), kept apart from interviews because talking to the
/// people who know a neighbourhood is a method of its own (the sleutelfigurenmethode), not a sample of residents.
/// </summary>
public enum ResearchMethod
{
    /// <summary>Interviews.</summary>
    Interviews = 1,

    /// <summary>Focusgroepen.</summary>
    FocusGroups = 2,

    /// <summary>Enquêtes.</summary>
    Survey = 3,

    /// <summary>Observatie.</summary>
    Observation = 4,

    /// <summary>Evaluatie (of an intervention or a team's work).</summary>
    Evaluation = 5,

    /// <summary>Gesprekken met sleutelfiguren.</summary>
    KeyFigureConversations = 6,
}

/// <summary>Where a local research plan stands.</summary>
public enum ResearchPlanStatus
{
    /// <summary>Proposed or being prepared; no fieldwork yet.</summary>
    Planned = 1,

    /// <summary>Fieldwork or analysis under way.</summary>
    Running = 2,

    /// <summary>Done; its findings are in stories and lessons.</summary>
    Completed = 3,
}
