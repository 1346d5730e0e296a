using System.Globalization;
using System.Resources;

namespace Wijkpeil.App.Modules.Subsidies.DecideApplication;

/// <summary>
/// The texts of this folder (<c>DecisionLettersText.resx</c>, Dutch; <c>.en.resx</c>, English): what a letter says
/// beyond its fixed wording (regulation, obligations, signatory), the decision and completion mails, and the download
/// links and notices of the pages. Pages read them through <c>IStringLocalizer</c>; letters and mails in an explicit
/// culture through <see cref="Get"/>, because they are written in the applicant's language, not the officer's.
/// </summary>
public sealed class DecisionLettersText
{
    private static readonly ResourceManager Texts = new(typeof(DecisionLettersText));

    private DecisionLettersText()
    {
    }

    public static string Get(CultureInfo culture, string key, params object?[] arguments)
    {
        var text = Texts.GetString(key, culture) ?? throw new InvalidOperationException($"Text '{key}' is missing.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }
}
