namespace Wijkpeil.Domain.Stories;

/// <summary>How a qualitative finding was gathered.</summary>
public enum StoryMethod
{
    Interview = 0,
    FocusGroup = 1,
    Observation = 2,
    Evaluation = 3,
    Survey = 4,
}
