using System.Net;

namespace Wijkpeil.App.Kernel.Ui;

/// <summary>
/// A short page written straight into a response where the Blazor pipeline cannot answer: a refusal by a rate limiter
/// or a download gate (re-executing a page would run a POST's form handling a second time). Title, one paragraph and
/// the way back, in the site's style and the reader's language; every text is HTML-encoded here.
/// </summary>
public static class PlainPage
{
    public static string Html(string title, string text, string backHref, string backText)
    {
        var language = UiCulture.IsEnglish ? "en" : "nl";
        var heading = WebUtility.HtmlEncode(title);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{heading}} · Wijkpeil</title><link rel="stylesheet" href="/css/wijkpeil.css"></head>
            <body><main class="wp-main">
            <h1 class="utrecht-heading-1">{{heading}}</h1>
            <p class="utrecht-paragraph">{{WebUtility.HtmlEncode(text)}}</p>
            <p class="utrecht-paragraph"><a class="utrecht-link" href="{{WebUtility.HtmlEncode(backHref)}}">{{WebUtility.HtmlEncode(backText)}}</a></p>
            </main></body>
            </html>
            """;
    }
}
