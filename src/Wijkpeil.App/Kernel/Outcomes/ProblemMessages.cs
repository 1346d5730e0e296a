using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>
/// A module's own problem messages: put <c>[assembly: ProblemTexts(typeof(XText))]</c> beside the marker class of its
/// <c>XText.resx</c>/<c>XText.en.resx</c>, and <see cref="ProblemMessages"/> looks codes up there too. The kernel thus
/// reads every module's messages without knowing any module.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ProblemTextsAttribute(Type marker) : Attribute
{
    /// <summary>The class the resource files are named after.</summary>
    public Type Marker { get; } = marker;
}

/// <summary>
/// The text of a <see cref="Problem"/> in a language: looked up by code in <see cref="ProblemText"/> and then in each
/// module's resources (<see cref="ProblemTextsAttribute"/>), formatted with the problem's arguments in that culture
/// (dates and numbers as the reader writes them).
/// </summary>
public static class ProblemMessages
{
    // The kernel's own texts first: its titles and generic refusals are the same for every module.
    private static readonly ResourceManager[] Resources =
    [
        new(typeof(ProblemText)),
        .. typeof(ProblemText).Assembly.GetCustomAttributes<ProblemTextsAttribute>()
            .Select(a => a.Marker)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new ResourceManager(t)),
    ];

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
    /// The codes with a text of their own in a language, over the kernel's and every module's resources: <c>nl</c> is
    /// the neutral (Dutch) file, <c>en</c> the English one, without falling back from one to the other; for the test
    /// that every code has both.
    /// </summary>
    public static IReadOnlySet<string> Codes(string language)
    {
        var culture = language == "nl" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resources in Resources)
        {
            if (resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set)
            {
                codes.UnionWith(set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key));
            }
        }

        return codes;
    }

    private static string? Find(string code, CultureInfo culture) =>
        Resources.Select(r => r.GetString(code, culture)).FirstOrDefault(text => text is not null);
}
