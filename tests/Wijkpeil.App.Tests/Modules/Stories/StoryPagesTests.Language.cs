using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Stories;

public sealed partial class StoryPagesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewPage_RefusedFields_MessagesInThePagesLanguage(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var cases = new[]
        {
            ("nl-NL", new[] { ("summary", "Vul de samenvatting in."), ("pillar", "Kies de pijler waar het verhaal over gaat.") }, "Enter the summary."),
            ("en-GB", new[] { ("summary", "Enter the summary."), ("pillar", "Choose the pillar the story is about.") }, "Vul de samenvatting in."),
        };
        foreach (var (culture, expected, other) in cases)
        {
            using var editor = await SignedInAsync(app, UtrechtEditor);
            await editor.GetAsync(new Uri($"/taal/{culture}?terug=/", UriKind.Relative), TestContext.Current.CancellationToken);

            var html = await ReadAsync(await PostFormAsync(editor, "/verhalen/nieuw", "verhaal", new() { ["Input.Area"] = "WK034403", ["Input.Summary"] = "  " }));

            foreach (var (field, message) in expected)
            {
                Assert.Contains($"id=\"{field}-fout\">{message}</p>", html, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(other, html, StringComparison.Ordinal);
        }
    }
}
