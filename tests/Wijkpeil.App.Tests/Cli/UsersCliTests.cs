using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Cli;

/// <summary><c>wijkpeil users</c> run in-process against a fresh database of each provider.</summary>
public sealed class UsersCliTests
{
    private const string Password = "lange zin als wachtwoord";

    public static TheoryData<DatabaseProvider, string, string> Refusals()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        var cases = new (string CommandLine, string Message)[]
        {
            ("--email a@utrecht.nl --role Beheerder", "fout: Onbekende rol 'Beheerder'. Kies uit: ProgrammeManager, KnowledgePartner, AreaEditor, SubsidyOfficer, Assessor, Coordinator, Viewer. Er is niets opgeslagen."),
            ("--email a@utrecht.nl --role AreaEditor", "fout: Een AreaEditor werkt voor een of meer gemeenten: geef ze op, bijvoorbeeld GM0344. Er is niets opgeslagen.\n  Geef ze met --gemeente, bijvoorbeeld --gemeente GM0344."),
            ("--email a@utrecht.nl --role Viewer --gemeente GM0344", "fout: Gemeenten horen alleen bij de rollen AreaEditor, SubsidyOfficer, Assessor; een Viewer werkt niet per gemeente. Er is niets opgeslagen."),
            ("--email a@utrecht.nl --role AreaEditor --gemeente WK034403", "fout: 'WK034403' is geen gemeentecode: verwacht GM en vier cijfers, zoals GM0344 (Utrecht). Er is niets opgeslagen."),
            ("--email geen-adres --role Viewer", "fout: 'geen-adres' is geen geldig e-mailadres. Er is niets opgeslagen."),
        };
        foreach (var provider in Providers.All)
        {
            foreach (var (commandLine, message) in cases)
            {
                data.Add(provider, commandLine, message);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_FreshDatabase_HasNoAccountAtAll(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(database, "", "users", "list");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Er zijn nog geen accounts", run.Stdout, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Users.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(WijkpeilRoles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync(TestContext.Current.CancellationToken)).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_AreaEditorWithTwoGemeenten_StoresRoleScopeAndAHashedPassword(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(database, Password + "\n", "users", "add", "--email", "redacteur@utrecht.nl", "--role", "areaeditor", "--gemeente", "GM0344", "--gemeente", "gm0355", "--password-stdin");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Account redacteur@utrecht.nl aangemaakt met rol AreaEditor voor GM0344, GM0355.", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WijkpeilUser>>();
        var user = await users.FindByEmailAsync("redacteur@utrecht.nl");
        Assert.NotNull(user);
        Assert.Equal([WijkpeilRoles.AreaEditor], await users.GetRolesAsync(user));
        Assert.DoesNotContain(Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scopeCodes = await db.UserGemeenten.Where(g => g.UserId == user.Id).Select(g => g.Gemeente).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["GM0344", "GM0355"], scopeCodes.Select(c => c.Value).Order());
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Add_InvalidRequest_ExitsOneWithItsReasonAndStoresNothing(DatabaseProvider provider, string commandLine, string message)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] args = ["users", "add", .. commandLine.Split(' '), "--password-stdin"];

        var run = await RunAsync(database, Password + "\n", args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen.", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        await AssertAccountCountAsync(database, 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_WeakPasswords_ExitOneNamingTheRuleAndStoreNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var tooShort = await RunAsync(database, "kort wachtw\n", "users", "add", "--email", "a@utrecht.nl", "--role", "Viewer", "--password-stdin");
        var repetitive = await RunAsync(database, "abababababababab\n", "users", "add", "--email", "a@utrecht.nl", "--role", "Viewer", "--password-stdin");

        Assert.Equal(ExitCodes.BadInput, tooShort.ExitCode);
        Assert.Contains("fout: Het wachtwoord moet minstens 12 tekens lang zijn. Er is niets opgeslagen.", tooShort.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, repetitive.ExitCode);
        Assert.Contains("fout: Het wachtwoord moet minstens 5 verschillende tekens bevatten. Er is niets opgeslagen.", repetitive.Stderr, StringComparison.Ordinal);
        await AssertAccountCountAsync(database, 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_DuplicateEmail_ExitsOneAndKeepsTheFirstAccount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Password + "\n", "users", "add", "--email", "pm@provincie-utrecht.nl", "--role", "ProgrammeManager", "--password-stdin");

        var run = await RunAsync(database, "een ander wachtwoord\n", "users", "add", "--email", "PM@provincie-utrecht.nl", "--role", "Viewer", "--password-stdin");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("fout: Er bestaat al een account met e-mailadres PM@provincie-utrecht.nl. Er is niets opgeslagen.", run.Stderr, StringComparison.Ordinal);
        await AssertAccountCountAsync(database, 1);
        var list = await RunAsync(database, "", "users", "list");
        Assert.Contains("ProgrammeManager", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Viewer", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WithoutPasswordStdin_ExitsTwoWithoutTouchingTheDatabase()
    {
        var run = await CliRunner.RunAsync(null, "", "users", "add", "--email", "a@utrecht.nl", "--role", "Viewer");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--password-stdin", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_EmptyStdin_ExitsOneAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(database, "", "users", "add", "--email", "a@utrecht.nl", "--role", "Viewer", "--password-stdin");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("geen wachtwoord", run.Stderr, StringComparison.Ordinal);
        await AssertAccountCountAsync(database, 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_TwoAccounts_ShowsRolesGemeentenAndStatus(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Password + "\n", "users", "add", "--email", "redacteur@zeist.nl", "--role", "AreaEditor", "--gemeente", "GM0355", "--password-stdin");
        await RunAsync(database, Password + "\n", "users", "add", "--email", "kennis@partner.nl", "--role", "KnowledgePartner", "--password-stdin");
        await RunAsync(database, "", "users", "disable", "--email", "kennis@partner.nl");

        var run = await RunAsync(database, "", "users", "list");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        var editor = Assert.Single(lines, l => l.Contains("redacteur@zeist.nl", StringComparison.Ordinal));
        Assert.Contains("AreaEditor", editor, StringComparison.Ordinal);
        Assert.Contains("GM0355", editor, StringComparison.Ordinal);
        Assert.Contains("actief", editor, StringComparison.Ordinal);
        var partner = Assert.Single(lines, l => l.Contains("kennis@partner.nl", StringComparison.Ordinal));
        Assert.Contains("KnowledgePartner", partner, StringComparison.Ordinal);
        Assert.Contains("uitgeschakeld", partner, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disable_ActiveThenAgain_DisablesOnceAndSaysSoTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Password + "\n", "users", "add", "--email", "a@utrecht.nl", "--role", "Viewer", "--password-stdin");

        var first = await RunAsync(database, "", "users", "disable", "--email", "a@utrecht.nl");
        var second = await RunAsync(database, "", "users", "disable", "--email", "a@utrecht.nl");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("Account a@utrecht.nl is uitgeschakeld.", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("was al uitgeschakeld", second.Stdout, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<WijkpeilUser>>().FindByEmailAsync("a@utrecht.nl");
        Assert.True(user!.IsDisabled);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisableAndToken_UnknownUser_ExitOneNamingTheAddress(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var disable = await RunAsync(database, "", "users", "disable", "--email", "niemand@utrecht.nl");
        var token = await RunAsync(database, "", "users", "token", "--email", "niemand@utrecht.nl");

        Assert.Equal(ExitCodes.BadInput, disable.ExitCode);
        Assert.Contains("fout: Er is geen account met e-mailadres niemand@utrecht.nl. Er is niets gewijzigd.\n  Bekijk de accounts met 'wijkpeil users list'.", disable.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, token.ExitCode);
        Assert.Contains("fout: Er is geen account met e-mailadres niemand@utrecht.nl. Er is geen token gemaakt.", token.Stderr, StringComparison.Ordinal);
        Assert.Empty(token.Stdout);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_ExistingAccount_PrintsTheTokenOnceAndStoresOnlyItsHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Password + "\n", "users", "add", "--email", "a@utrecht.nl", "--role", "Coordinator", "--password-stdin");

        var run = await RunAsync(database, "", "users", "token", "--email", "a@utrecht.nl", "--name", "koppeling", "--expires-days", "30");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var token = run.Stdout.Trim();
        Assert.StartsWith(AccessTokenHash.Prefix, token, StringComparison.Ordinal);
        Assert.Equal(47, token.Length);
        Assert.Contains("Token 'koppeling' voor a@utrecht.nl gemaakt", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("niet opnieuw getoond", run.Stderr, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var stored = await db.PersonalAccessTokens.SingleAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(token, stored.Hash);
        Assert.DoesNotContain(token[AccessTokenHash.Prefix.Length..], stored.Hash, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), stored.Hash);
        Assert.Equal("koppeling", stored.Name);
        Assert.NotNull(stored.ExpiresAt);
        Assert.InRange((stored.ExpiresAt.Value - stored.CreatedAt).TotalDays, 29.99, 30.01);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_DisabledAccount_ExitsOneAndIssuesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Password + "\n", "users", "add", "--email", "a@utrecht.nl", "--role", "Viewer", "--password-stdin");
        await RunAsync(database, "", "users", "disable", "--email", "a@utrecht.nl");

        var run = await RunAsync(database, "", "users", "token", "--email", "a@utrecht.nl");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("uitgeschakeld", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        await using var scope = database.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().PersonalAccessTokens.CountAsync(TestContext.Current.CancellationToken));
    }

    private static Task<CliRunner.Run> RunAsync(TestDatabase database, string stdin, params string[] args) =>
        CliRunner.RunAsync(CliRunner.Configuration(database), stdin, args);

    private static async Task AssertAccountCountAsync(TestDatabase database, int expected)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(expected, await db.Users.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.UserGemeenten.CountAsync(TestContext.Current.CancellationToken));
    }
}

/// <summary>Runs the tool in-process with a given standard input, as <see cref="CliTests"/> does without one.</summary>
internal static class CliRunner
{
    public static async Task<Run> RunAsync(IConfiguration? configuration, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, input, stdout, stderr, TestContext.Current.CancellationToken);
        return new Run(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The test database, without the embedded default.</summary>
    public static IConfiguration Configuration(TestDatabase database) => new ConfigurationBuilder()
        .AddInMemoryCollection(database.Settings())
        .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
        .Build();

    public sealed record Run(int ExitCode, string Stdout, string Stderr);
}
