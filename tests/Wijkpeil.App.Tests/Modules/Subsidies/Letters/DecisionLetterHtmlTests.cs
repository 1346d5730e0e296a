using System.Text.RegularExpressions;
using Wijkpeil.App.Modules.Subsidies.Letters;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Letters;

/// <summary>The beschikking as the self-contained HTML page that is printed to PDF.</summary>
public sealed partial class DecisionLetterHtmlTests
{
    [Fact]
    public void Write_RecipientNameWithMarkup_IsEncoded()
    {
        var letter = SampleLetters.Grant() with
        {
            Recipient = new LetterRecipient("<script>alert('x')</script>", "Buurt & Co <b>", ["<img src=x onerror=alert(1)>"]),
            ProjectTitle = "\"><iframe src=//evil.example>",
        };

        var html = DecisionLetterHtml.Write(letter);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Geachte &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;,", html, StringComparison.Ordinal);
        Assert.Contains("Buurt &amp; Co &lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Dutch_IsAPageWithLanguageHeadingsAndATableWithHeaderCells()
    {
        var html = DecisionLetterHtml.Write(SampleLetters.Grant());

        Assert.StartsWith("<!doctype html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Equal(["Besluit op uw aanvraag om subsidie"], Elements(html, "h1"));
        Assert.Equal(["Ons besluit", "Motivering", "Subsidieplafond", "Betaling en verantwoording", "Verplichtingen", "Bezwaar maken"], Elements(html, "h2"));
        Assert.Equal(["Beoordeling per criterium"], Elements(html, "h3"));
        Assert.Equal(["Criterium", "Score", "Toelichting"], Elements(html, "th scope=\"col\""));
        Assert.Equal(SampleLetters.Grant().Criteria.Select(c => c.Criterion), Elements(html, "th scope=\"row\""));
        Assert.Contains("<td class=\"score\">niet van toepassing</td>", html, StringComparison.Ordinal);
        Assert.Contains("subsidie van €&#160;12.500,00 voor", html, StringComparison.Ordinal);
        Assert.Contains("<p>" + SampleLetters.ObjectionFirstParagraph + "</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Any_LoadsNothingAndRunsNothing()
    {
        var html = DecisionLetterHtml.Write(SampleLetters.Grant());

        Assert.Contains("default-src 'none'; style-src 'unsafe-inline'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_English_IsAnEnglishPage()
    {
        var html = DecisionLetterHtml.Write(SampleLetters.English());

        Assert.StartsWith("<!doctype html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Equal(["Decision on your application for a grant"], Elements(html, "h1"));
        Assert.Contains("Objection", Elements(html, "h2"));
        Assert.Contains("a grant of €12,500.00 for", html, StringComparison.Ordinal);
    }

    private static List<string> Elements(string html, string openTag)
    {
        var name = openTag.Split(' ')[0];
        return [.. Regex.Matches(html, $"<{Regex.Escape(openTag)}>(.*?)</{name}>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
    }
}
