using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Agenda;

public sealed partial class AgendaPagesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewProjectForm_RefusedTitle_MessageInThePagesLanguage(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        foreach (var (culture, expected, other) in new[] { ("nl-NL", "Vul de titel in.", "Enter the title."), ("en-GB", "Enter the title.", "Vul de titel in.") })
        {
            using var editor = await SignedInAsync(app, UtrechtEditor);
            await editor.GetAsync(Relative($"/taal/{culture}?terug=/"), Ct);

            var html = await ReadAsync(await PostFormAsync(editor, "/agenda/nieuw", "project", new()
            {
                ["Input.FocusArea"] = "overvecht",
                ["Input.Title"] = " ",
                ["Input.Pillars[2]"] = "true",
            }));

            Assert.Contains($"id=\"project-title-fout\">{expected}</p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(other, html, StringComparison.Ordinal);
        }
    }
}
