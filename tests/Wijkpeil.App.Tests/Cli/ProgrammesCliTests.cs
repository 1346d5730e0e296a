using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Programmes;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Cli;

/// <summary><c>wijkpeil programmes</c> run in-process against a fresh database of each provider.</summary>
public sealed class ProgrammesCliTests
{
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowJson_GoesBackThroughEditAndAdd_UnchangedAndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
        using var folder = new TempFolder();
        var added = await RunAsync(database, "programmes", "add", "--file", folder.Write("utrecht.json", JsonSerializer.Serialize(ProgrammeTestData.Utrecht(), Web)));
        Assert.True(added.ExitCode == ExitCodes.Success, added.Stderr);
        Assert.Contains("Programma wijkaanpak-utrecht (Wijkaanpak Utrecht) aangemaakt.", added.Stdout, StringComparison.Ordinal);

        var shown = await RunAsync(database, "programmes", "show", "wijkaanpak-utrecht", "--json");
        var edited = await RunAsync(database, "programmes", "edit", "wijkaanpak-utrecht", "--file", folder.Write("shown.json", shown.Stdout));
        var again = await RunAsync(database, "programmes", "show", "wijkaanpak-utrecht", "--json");
        var copy = await RunAsync(database, "programmes", "add", "--file", folder.Write("copy.json", shown.Stdout.Replace("\"wijkaanpak-utrecht\"", "\"kopie-utrecht\"", StringComparison.Ordinal)));
        var copyShown = await RunAsync(database, "programmes", "show", "kopie-utrecht", "--json");
        var list = await RunAsync(database, "programmes", "list");

        Assert.Equal(ExitCodes.Success, shown.ExitCode);
        Assert.Equal("Wijkaanpak Utrecht", JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("name").GetString());
        Assert.True(edited.ExitCode == ExitCodes.Success, edited.Stderr);
        Assert.Equal(shown.Stdout, again.Stdout);
        Assert.True(copy.ExitCode == ExitCodes.Success, copy.Stderr);
        Assert.Equal(shown.Stdout.Replace("\"wijkaanpak-utrecht\"", "\"kopie-utrecht\"", StringComparison.Ordinal), copyShown.Stdout);
        Assert.Contains("kopie-utrecht", list.Stdout, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var actions = await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Programme).OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorName }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Created], actions.Select(a => a.Action));
        Assert.All(actions, a => Assert.Equal(AuditActor.Cli.Name, a.ActorName));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddAndEdit_RefusedDefinition_FieldColonMessageExitOneAndNothingChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
        using var folder = new TempFolder();
        var broken = ProgrammeTestData.Utrecht() with { FocusAreas = [new("overvecht", "Overvecht", ["WK034403"]), new("nergens", "Nergens", ["WK034499"])] };
        await RunAsync(database, "programmes", "add", "--file", folder.Write("utrecht.json", JsonSerializer.Serialize(ProgrammeTestData.Utrecht(), Web)));
        var before = await RunAsync(database, "programmes", "show", "wijkaanpak-utrecht", "--json");

        var add = await RunAsync(database, "programmes", "add", "--file", folder.Write("broken.json", JsonSerializer.Serialize(broken with { Slug = "andere" }, Web)));
        var edit = await RunAsync(database, "programmes", "edit", "wijkaanpak-utrecht", "--file", folder.Write("broken-edit.json", JsonSerializer.Serialize(broken, Web)));
        var malformed = await RunAsync(database, "programmes", "add", "--file", folder.Write("malformed.json", "{\"slug\": \"x\",\n \"kleur\": }"));
        var unknownSlug = await RunAsync(database, "programmes", "edit", "bestaat-niet", "--file", folder.Write("ok.json", JsonSerializer.Serialize(ProgrammeTestData.Utrecht(), Web)));
        var after = await RunAsync(database, "programmes", "show", "wijkaanpak-utrecht", "--json");

        foreach (var run in new[] { add, edit })
        {
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("focusAreas[1].members[0]: Gebied WK034499 staat niet in het gebiedenregister.", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("er is niets gewijzigd", run.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(ExitCodes.BadInput, malformed.ExitCode);
        Assert.Contains("Dit is geen geldige JSON (regel 2", malformed.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknownSlug.ExitCode);
        Assert.Contains("Er is geen programma bestaat-niet.", unknownSlug.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.Stdout, after.Stdout);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(1, await db.Programmes.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.Programme, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Help_ProgrammesAdd_ShowsTheFileFormatAndAnExample()
    {
        var help = await RunAsync((IConfiguration?)null, "programmes", "add", "--help");

        Assert.Equal(ExitCodes.Success, help.ExitCode);
        Assert.Contains("--file", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"focusAreas\"", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("wijkpeil programmes add --file wijkaanpak-utrecht.json", help.Stdout, StringComparison.Ordinal);
    }

    private static Task<CliRun> RunAsync(TestDatabase database, params string[] args) =>
        RunAsync(new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
            .Build(), args);

    private static async Task<CliRun> RunAsync(IConfiguration? configuration, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, TextReader.Null, stdout, stderr, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
