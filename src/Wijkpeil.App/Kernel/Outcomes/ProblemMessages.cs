using System.Globalization;
using System.Resources;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>
/// The text of a <see cref="Problem"/> in a language: looked up by code in <see cref="ProblemText"/> and formatted
/// with the problem's arguments in that culture (dates and numbers as the reader writes them).
/// </summary>
public static class ProblemMessages
{
    private static readonly ResourceManager Resources = new(typeof(ProblemText));

    /// <summary>The message of <paramref name="problem"/> in <paramref name="culture"/> (default: the request's UI culture).</summary>
    public static string For(Problem problem, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Text(problem.Code, culture, [.. problem.Arguments]);
    }

    /// <summary>A kernel text by key (titles, the generic refusal), formatted with <paramref name="arguments"/>.</summary>
    public static string Text(string code, CultureInfo? culture, params object?[] arguments)
    {
        culture ??= CultureInfo.CurrentUICulture;

        // A code without text is a bug the resource test catches; the code itself is still better than nothing.
        var format = Find(code, culture) ?? code;
        return arguments.Length == 0 ? format : string.Format(culture, format, arguments);
    }

    /// <summary>
    /// The codes with a text of their own in a language: <c>nl</c> is the neutral (Dutch) file, <c>en</c> the English
    /// one, without falling back from one to the other; for the test that every code has both.
    /// </summary>
    public static IReadOnlySet<string> Codes(string language)
    {
        var culture = language == "nl" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? new HashSet<string>()
            : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static string? Find(string code, CultureInfo culture) => Resources.GetString(code, culture);
}
