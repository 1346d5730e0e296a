using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>Marker for the texts the story pages share (<c>StoryText.resx</c>, Dutch; <c>StoryText.en.resx</c>, English).</summary>
public sealed class StoryText
{
    /// <summary>The resource key of a method's name, e.g. <c>Method.FocusGroup</c>.</summary>
    public static string MethodKey(StoryMethod method) => "Method." + method;
}
