namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>
/// Marker for the messages of expected failures: <c>ProblemText.resx</c> (Dutch) and <c>ProblemText.en.resx</c>
/// (English), one entry per <see cref="Problem.Code"/>, with <c>{0}</c>, <c>{1}</c>... for its arguments. A test
/// checks that every code the write side can produce has both.
/// </summary>
public sealed class ProblemText
{
    private ProblemText()
    {
    }
}
