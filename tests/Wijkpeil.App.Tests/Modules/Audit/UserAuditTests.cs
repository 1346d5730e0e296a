using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Cli;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Modules.Audit;

/// <summary>Account changes write audit entries, with the CLI operator as actor and never a secret in them.</summary>
public sealed class UserAuditTests
{
    private const string Password = "lange zin als wachtwoord";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UsersCommands_AddDisableToken_EachWriteOneEntryByTheCliOperator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var configuration = CliRunner.Configuration(database);

        var add = await CliRunner.RunAsync(configuration, Password + "\n", "users", "add", "--email", "redacteur@utrecht.nl", "--role", "AreaEditor", "--gemeente", "GM0344", "--gemeente", "GM0355", "--password-stdin");
        var token = await CliRunner.RunAsync(configuration, "", "users", "token", "--email", "redacteur@utrecht.nl", "--name", "koppeling", "--expires-days", "30");
        var disable = await CliRunner.RunAsync(configuration, "", "users", "disable", "--email", "redacteur@utrecht.nl");
        var disableAgain = await CliRunner.RunAsync(configuration, "", "users", "disable", "--email", "redacteur@utrecht.nl");

        Assert.All([add, token, disable, disableAgain], run => Assert.Equal(ExitCodes.Success, run.ExitCode));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var user = await db.Users.SingleAsync(TestContext.Current.CancellationToken);
        var stored = await db.PersonalAccessTokens.SingleAsync(TestContext.Current.CancellationToken);
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Updated], entries.Select(e => e.Action)); // disabling twice changes nothing the second time
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditEntityTypes.User, e.EntityType);
            Assert.Equal("redacteur@utrecht.nl", e.EntityId);
            Assert.Equal(AuditActor.Cli.Name, e.ActorName);
            Assert.StartsWith("cli (", e.ActorName, StringComparison.Ordinal);
            Assert.Null(e.ActorUserId);
            Assert.Equal("AreaEditor voor GM0344, GM0355", e.Summary);
            foreach (var secret in new[] { Password, user.PasswordHash!, user.SecurityStamp!, token.Stdout.Trim(), stored.Hash })
            {
                Assert.DoesNotContain(secret, (e.Before ?? "") + (e.After ?? ""), StringComparison.Ordinal);
            }
        });

        var created = JsonDocument.Parse(entries[0].After!).RootElement;
        Assert.Null(entries[0].Before);
        Assert.Equal(["Email", "Roles", "Gemeenten", "CreatedAt"], created.EnumerateObject().Select(p => p.Name));
        Assert.Equal("redacteur@utrecht.nl", created.GetProperty("Email").GetString());
        Assert.Equal(["AreaEditor"], created.GetProperty("Roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["GM0344", "GM0355"], created.GetProperty("Gemeenten").EnumerateArray().Select(r => r.GetString()));
        var precision = TimeSpan.FromMilliseconds(1); // the databases store times less finely than the snapshot's JSON
        Assert.Equal(user.CreatedAt, created.GetProperty("CreatedAt").GetDateTimeOffset(), precision);

        var issued = JsonDocument.Parse(entries[1].After!).RootElement;
        Assert.Null(entries[1].Before);
        Assert.Equal(["TokenName", "TokenCreatedAt", "TokenExpiresAt"], issued.EnumerateObject().Select(p => p.Name));
        Assert.Equal("koppeling", issued.GetProperty("TokenName").GetString());
        Assert.Equal(stored.ExpiresAt!.Value, issued.GetProperty("TokenExpiresAt").GetDateTimeOffset(), precision);

        Assert.Equal("""{"DisabledAt":null}""", entries[2].Before);
        Assert.Equal(user.DisabledAt!.Value, JsonDocument.Parse(entries[2].After!).RootElement.GetProperty("DisabledAt").GetDateTimeOffset(), precision);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UserAdministration_RefusedRequests_WriteNoEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var ct = TestContext.Current.CancellationToken;

        var weak = await accounts.AddAsync(new NewAccount("a@utrecht.nl", WijkpeilRoles.Viewer, [], "kort"), ct);
        var unscoped = await accounts.AddAsync(new NewAccount("a@utrecht.nl", WijkpeilRoles.AreaEditor, [], Password), ct);
        var unknownDisable = await accounts.DisableAsync("niemand@utrecht.nl", ct);
        var pastToken = await accounts.CreateTokenAsync("niemand@utrecht.nl", null, null, ct);

        Assert.False(weak.Succeeded || unscoped.Succeeded || unknownDisable.Succeeded || pastToken.Succeeded);
        await using var check = database.CreateScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddAsync_AuditEntryCannotBeStored_LeavesNoAccountBehind(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var ct = TestContext.Current.CancellationToken;

        // The actor name is NOT NULL in the table: without one the audit insert fails after Identity saved the user and role.
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<WijkpeilUser>>();
        var failingAudit = new AuditLog(db, new FixedAuditActorSource(new AuditActor(null, null!)), TimeProvider.System);
        var accounts = new UserAdministration(db, users, TimeProvider.System, failingAudit);

        await Assert.ThrowsAnyAsync<Exception>(() => accounts.AddAsync(new NewAccount("a@utrecht.nl", WijkpeilRoles.Viewer, [], Password), ct));

        await using var check = database.CreateScope();
        var fresh = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await fresh.Users.CountAsync(ct));
        Assert.Equal(0, await fresh.UserRoles.CountAsync(ct));
        Assert.Equal(0, await fresh.AuditEntries.CountAsync(ct));
    }
}
