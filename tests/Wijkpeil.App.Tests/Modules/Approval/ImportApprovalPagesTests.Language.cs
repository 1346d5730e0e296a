using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Approval;

public sealed partial class ImportApprovalPagesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_RefusedFields_MessagesInThePagesLanguage(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var cases = new[]
        {
            ("nl-NL", "Kies het formaat van het bestand.", "Vul bij jaar een jaartal in van vier cijfers, zoals 2024.", "Choose the format of the file."),
            ("en-GB", "Choose the format of the file.", "Enter a four-digit year, such as 2024.", "Kies het formaat van het bestand."),
        };
        foreach (var (culture, format, year, other) in cases)
        {
            using var editor = await SignedInAsync(app, AreaEditor);
            await editor.GetAsync(new Uri($"/taal/{culture}?terug=/", UriKind.Relative), Ct);

            var html = await ReadAsync(await UploadAsync(editor, format: null, "x.csv", GoodCsv, year: "twintig"));

            Assert.Contains($"id=\"formaat-fout\">{format}</p>", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"jaar-fout\">{year}</p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(other, html, StringComparison.Ordinal);
        }
    }
}
