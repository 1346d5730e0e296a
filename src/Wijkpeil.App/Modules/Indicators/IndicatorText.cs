using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Indicators.IndicatorText))]

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>
/// Marker for the words of the Indicators module (<c>IndicatorText.resx</c>, Dutch; <c>IndicatorText.en.resx</c>,
/// English): one message per problem code, so a form, the API and the CLI say the same, and the words of the
/// /beheer/indicatoren pages.
/// </summary>
public sealed class IndicatorText;
