using Wijkpeil.App.Modules.Events.Calendar;

namespace Wijkpeil.App.Tests.Modules.Events.Calendar;

public sealed class MarkdownPlainTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  \n ", "")]
    [InlineData("**Vet** en _schuin_ en ~~weg~~", "Vet en schuin en weg")]
    [InlineData("# Programma\n\nOntvangst", "Programma\n\nOntvangst")]
    [InlineData("Zie [de agenda](https://example.nl/agenda).", "Zie de agenda (https://example.nl/agenda).")]
    [InlineData("Zie https://www.rivm.nl voor cijfers", "Zie https://www.rivm.nl voor cijfers")]
    [InlineData("1. ontvangst\n2. rondleiding", "1. ontvangst\n2. rondleiding")]
    [InlineData("- koffie\n- thee", "- koffie\n- thee")]
    [InlineData("> Een bewoner: fijn!", "> Een bewoner: fijn!")]
    [InlineData("Regel een\nzelfde alinea", "Regel een zelfde alinea")]
    [InlineData("Tag `<b>` en <script>alert(1)</script>", "Tag <b> en <script>alert(1)</script>")]
    [InlineData("Caf&eacute; &amp; co", "Café & co")]
    public void From_Markdown_GivesReadableText(string? markdown, string expected) =>
        Assert.Equal(expected, MarkdownPlainText.From(markdown));

    [Fact]
    public void From_NestedList_IndentsUnderItsItem() =>
        Assert.Equal("- Overvecht\n  - NOA Tamarinde\n- Batau", MarkdownPlainText.From("- Overvecht\n  - NOA Tamarinde\n- Batau"));

    [Fact]
    public void From_LooseListItemWithTwoParagraphs_KeepsThemApartAndIndented() =>
        Assert.Equal("- Ontvangst\n\n  met koffie\n\n- Rondleiding", MarkdownPlainText.From("- Ontvangst\n\n  met koffie\n\n- Rondleiding"));
}
