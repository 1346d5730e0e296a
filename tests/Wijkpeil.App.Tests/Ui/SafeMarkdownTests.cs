using AngleSharp.Html.Parser;
using Wijkpeil.App.Kernel.Ui.Markdown;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>Markdown from staff must render as text formatting, never as something that runs.</summary>
public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Tekst <img src=x onerror=alert(1)> meer")]
    [InlineData("<div onclick=\"alert(1)\">klik</div>")]
    [InlineData("[klik hier](javascript:alert(1))")]
    [InlineData("[klik hier](JaVaScRiPt:alert(1))")]
    [InlineData("[plaatje](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](https://example.nl/a.png\" onerror=\"alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">link</a>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<iframe src=\"https://example.nl\"></iframe>")]
    [InlineData("[x](https://example.nl \"titel\" onmouseover=alert(1))")]
    public void ToHtml_HostilePayload_ComesOutInert(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        // Judged on the parsed result, as a browser would see it: text that merely mentions "onerror" is fine.
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var elements = document.Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" or "iframe" or "svg" or "div" or "object" or "embed" or "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "src" || a.Name == "style");
        Assert.All(
            elements.Where(e => e.HasAttribute("href")),
            link => Assert.Matches("^(https?:|mailto:)", link.GetAttribute("href")!));
    }

    [Fact]
    public void ToHtml_RawHtml_IsShownAsTextNotDropped()
    {
        var html = SafeMarkdown.ToHtml("Gebruik <b>geen</b> HTML");

        Assert.Equal("<p>Gebruik &lt;b&gt;geen&lt;/b&gt; HTML</p>\n", html);
    }

    [Fact]
    public void ToHtml_OrdinaryMarkdown_KeepsItsFormattingAndSafeLinks()
    {
        var html = SafeMarkdown.ToHtml("De **L-flats** worden *gerenoveerd*; zie [Voor L-kaar](https://example.nl/l-kaar).\n\n- bewoners\n- corporatie");

        Assert.Contains("<strong>L-flats</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>gerenoveerd</em>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.nl/l-kaar\" rel=\"nofollow noopener noreferrer\">Voor L-kaar</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>bewoners</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ToHtml_NoText_IsEmpty(string? markdown) => Assert.Equal(string.Empty, SafeMarkdown.ToHtml(markdown));
}
