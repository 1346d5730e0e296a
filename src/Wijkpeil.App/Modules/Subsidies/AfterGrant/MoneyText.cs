using System.Globalization;
using System.Resources;
using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Subsidies.AfterGrant.MoneyText))]

namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>
/// The texts of the money after a grant (<c>MoneyText.resx</c>, Dutch; <c>MoneyText.en.resx</c>, English): the
/// dossier's money panel, the applicant's final report, the settlement, receipt and reminder mails, and the refusals
/// of these steps (found by <see cref="ProblemMessages"/> through the assembly attribute above). Pages read them through
/// <c>IStringLocalizer</c>; mails in an explicit culture through <see cref="Get"/>.
/// </summary>
public sealed class MoneyText
{
    private static readonly ResourceManager Texts = new(typeof(MoneyText));

    /// <summary>Mails after a decision go out in Dutch: the applicant's language is not stored.</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private MoneyText()
    {
    }

    public static string Get(CultureInfo culture, string key, params object?[] arguments)
    {
        var text = Texts.GetString(key, culture) ?? throw new InvalidOperationException($"Text '{key}' is missing.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }

    /// <summary>An amount as a letter writes it: "€ 1.250,00".</summary>
    public static string Euro(CultureInfo culture, Wijkpeil.Domain.Common.Money amount) => string.Format(culture, "€ {0:N2}", amount.Euros);
}
