using System.Globalization;
using System.Resources;
using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Events.RegistrationText))]

namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// The texts of the public event page, the registration form, the person's link page and their mails
/// (<c>RegistrationText.resx</c>, Dutch; <c>.en.resx</c>, English), and the messages of the registration rules. Pages
/// read them through <c>IStringLocalizer</c>; mails through <see cref="Get"/> in an explicit culture, because a mail
/// sent later (an offer) is written in Dutch: the person's language is not stored.
/// </summary>
public sealed class RegistrationText
{
    private static readonly ResourceManager Texts = new(typeof(RegistrationText));

    private RegistrationText()
    {
    }

    public static string Get(CultureInfo culture, string key, params object?[] arguments)
    {
        var text = Texts.GetString(key, culture) ?? throw new InvalidOperationException($"Text '{key}' is missing.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }
}
