using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Lessons;

/// <summary>
/// An evaluation or external report lessons are drawn from, registered once with its title and address so every
/// lesson from it names it the same way and links to it.
/// </summary>
public sealed class LessonSource
{
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 500;

    private LessonSource()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>An evaluation or an external report; never <see cref="LessonSourceKind.Event"/> (events have their own register).</summary>
    public LessonSourceKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>An absolute http(s) address; null when it is not known (never guessed).</summary>
    public string? Url { get; private set; }

    /// <summary>A new source, checked: a title, and an address that is absolute http or https when given.</summary>
    public static Result<LessonSource> Create(LessonSourceKind kind, string? title, string? url)
    {
        if (kind is not (LessonSourceKind.Evaluation or LessonSourceKind.ExternalReport))
        {
            return Result<LessonSource>.Failure("lesson_source.kind.invalid", "Een bron is een evaluatie of een extern rapport.", "sourceKind");
        }

        var checkedTitle = TextRules.Required(title, TitleMaxLength, "lesson_source.title", "de titel van de bron", "sourceTitle");
        if (!checkedTitle.IsSuccess)
        {
            return checkedTitle.Error!;
        }

        var checkedUrl = CheckUrl(url);
        return checkedUrl.IsSuccess
            ? new LessonSource { Kind = kind, Title = checkedTitle.Value, Url = checkedUrl.Value }
            : checkedUrl.Error!;
    }

    private static Result<string?> CheckUrl(string? url)
    {
        var text = TextRules.Optional(url, UrlMaxLength, "lesson_source.url", "het webadres van de bron", "sourceUrl");
        if (!text.IsSuccess || text.Value is null)
        {
            return text;
        }

        return Uri.TryCreate(text.Value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? text.Value
            : Result<string?>.Failure("lesson_source.url.invalid", "Het webadres van de bron begint met https:// of http://.", "sourceUrl", text.Value);
    }
}
