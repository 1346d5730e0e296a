using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using static Wijkpeil.App.Tests.Modules.Accounts.AccountMailHost;

namespace Wijkpeil.App.Tests.Modules.Accounts;

/// <summary>
/// Accounts on the web, end to end in the real host: a ProgrammeManager invites, the mail arrives at a real SMTP
/// listener, its link sets a password once and the account signs in; reset links, own password, disable, re-enable
/// and revoke. Expiry is tested by moving a fake clock, never by waiting.
/// </summary>
public sealed class AccountPagesTests
{
    private const string Invitee = "redacteur@utrecht.nl";
    private const string NewPassword = "een heel ander wachtwoord";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invite_ByProgrammeManager_MailsALinkThatSetsThePasswordOnceAndTheAccountSignsIn(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var manager = await host.SignedInAsync(ManagerEmail, Password);

        var invited = await InviteAsync(manager, Invitee, "AreaEditor", "GM0344");

        Assert.Equal(HttpStatusCode.Found, invited.StatusCode);
        Assert.Equal("/beheer/gebruikers?gedaan=invited&adres=redacteur%40utrecht.nl", invited.Headers.Location?.PathAndQuery);
        var mail = Assert.Single(host.Smtp!.Messages);
        Assert.Equal(Invitee, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("noreply@wijkpeil.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("Uitnodiging voor Wijkpeil", mail.Subject);
        Assert.Contains("geldig tot 10 december 2026 10:00 (Nederlandse tijd)", mail.TextBody, StringComparison.Ordinal); // 72 hours after 7 December 09:00 UTC
        var link = LinkIn(mail);
        Assert.Contains($"href=\"{PublicUrl}{link}\"", mail.HtmlBody, StringComparison.Ordinal);

        using var invitee = host.Browser();
        var form = await ReadAsync(await invitee.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("Kies een wachtwoord voor het account redacteur@utrecht.nl", form, StringComparison.Ordinal);
        var set = await SetPasswordAsync(invitee, link, NewPassword);
        var again = await ReadAsync(await invitee.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Found, set.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", again, StringComparison.Ordinal);
        using var signedIn = await host.SignedInAsync(Invitee, NewPassword);

        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var entries = await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.User && e.EntityId == Invitee).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action)); // invited, password set with the link
        Assert.Equal(ManagerEmail, entries[0].ActorName);
        var token = new Uri(PublicUrl + link).Query[7..];
        Assert.All(entries, e => Assert.DoesNotContain(token, (e.Before ?? "") + (e.After ?? ""), StringComparison.Ordinal));
    }

    /// <summary>Two uses of one link at the same moment: the conditional update lets exactly one of them through.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SetPasswordWithLink_TwoUsesAtOnce_ExactlyOneSucceeds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        IssuedLink link;
        await using (var scope = database.CreateScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            link = (await admin.InviteAsync(new NewInvitation(Invitee, "Viewer", []), TestContext.Current.CancellationToken)).Value;
        }

        async Task<bool> UseAsync(string password)
        {
            await using var scope = database.CreateScope();
            var used = await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetPasswordWithLinkAsync(link.Token, password, TestContext.Current.CancellationToken);
            return used.Succeeded;
        }

        var outcomes = await Task.WhenAll(UseAsync(NewPassword), UseAsync("nog weer een ander wachtwoord"));

        Assert.Single(outcomes, succeeded => succeeded);
        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var stored = await db.AccountLinks.SingleAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(stored.UsedAt);
        Assert.Equal(Wijkpeil.App.Modules.Accounts.AccessTokenHash.Of(link.Token), stored.Hash);
        Assert.DoesNotContain(link.Token, stored.Hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationLink_After72Hours_NoLongerSetsAPassword()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        using var manager = await host.SignedInAsync(ManagerEmail, Password);
        var invited = await InviteAsync(manager, Invitee, "Viewer", "");
        Assert.Equal("/beheer/gebruikers?gedaan=invited&adres=redacteur%40utrecht.nl", invited.Headers.Location?.PathAndQuery);
        var link = LinkIn(Assert.Single(host.Smtp!.Messages));

        host.Time.Advance(TimeSpan.FromHours(72));
        using var invitee = host.Browser();
        var late = await ReadAsync(await invitee.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("Deze link werkt niet (meer)", late, StringComparison.Ordinal);
        Assert.DoesNotContain("wachtwoord-instellen", late.Split("<main")[^1], StringComparison.Ordinal); // no form to post
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResetRequest_KnownAndUnknownAddress_SameAnswerAndOneMailValidOneHour(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var browser = host.Browser();

        var unknown = await RequestResetAsync(browser, "niemand@utrecht.nl");
        var known = await RequestResetAsync(browser, ManagerEmail);

        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        Assert.Equal(await ReadAsync(await browser.GetAsync(unknown.Headers.Location, TestContext.Current.CancellationToken)), await ReadAsync(await browser.GetAsync(known.Headers.Location, TestContext.Current.CancellationToken)));
        var mail = Assert.Single(host.Smtp!.Messages);
        Assert.Equal(ManagerEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Nieuw wachtwoord voor Wijkpeil", mail.Subject);
        Assert.Contains("geldig tot 7 december 2026 11:00 (Nederlandse tijd)", mail.TextBody, StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromMinutes(59));
        var set = await SetPasswordAsync(browser, LinkIn(mail), NewPassword);
        Assert.Equal(HttpStatusCode.Found, set.StatusCode);
        using var signedIn = await host.SignedInAsync(ManagerEmail, NewPassword);
    }

    [Fact]
    public async Task ResetRequest_OnTheEnglishPage_MailsInEnglish()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.Browser();
        var switched = await browser.GetAsync(new Uri("/taal/en-GB?terug=%2F", UriKind.Relative), TestContext.Current.CancellationToken); // the cookie, as a reader sets it
        Assert.Equal(HttpStatusCode.Found, switched.StatusCode);

        await RequestResetAsync(browser, ManagerEmail);

        var mail = Assert.Single(host.Smtp!.Messages);
        Assert.Equal("New password for Wijkpeil", mail.Subject);
        Assert.Contains("valid until 7 December 2026 11:00 (Dutch time)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_AfterOneHour_IsRefused()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.Browser();
        await RequestResetAsync(browser, ManagerEmail);
        var link = LinkIn(Assert.Single(host.Smtp!.Messages));

        host.Time.Advance(TimeSpan.FromHours(1));

        Assert.Contains("Deze link werkt niet (meer)", await ReadAsync(await browser.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetRequest_MoreThanThreeAnHourForOneAddress_SendsNoMoreMailButAnswersTheSame()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.Browser();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < UserAdministration.ResetLinksPerHour + 1; i++)
        {
            answers.Add((await RequestResetAsync(browser, ManagerEmail)).StatusCode);
        }

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Found, status));
        Assert.Equal(UserAdministration.ResetLinksPerHour, host.Smtp!.Messages.Count);
        host.Time.Advance(TimeSpan.FromHours(1));
        await RequestResetAsync(browser, ManagerEmail);
        Assert.Equal(UserAdministration.ResetLinksPerHour + 1, host.Smtp.Messages.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResetRequest_MoreFromOneClientThanItsLimit_Returns429WithTheResetMessageForEveryAddressAndLeavesTheLoginLimitAlone(DatabaseProvider provider)
    {
        // Two a client IP address; login attempts limited to two a minute as well, so a shared limiter would show at once.
        await using var host = await StartAsync(provider, settings: new Dictionary<string, string>
        {
            ["Accounts:ResetRequestsPerHour"] = "2",
            ["Accounts:LoginAttemptsPerMinute"] = "2",
        });
        using var browser = host.Browser();

        var allowed = new[] { await RequestResetAsync(browser, "niemand@utrecht.nl"), await RequestResetAsync(browser, ManagerEmail) };
        var refusedUnknown = await RequestResetAsync(browser, "niemand@utrecht.nl");
        var refusedKnown = await RequestResetAsync(browser, ManagerEmail);
        var unknownPage = await ReadAsync(refusedUnknown);

        Assert.All(allowed, a => Assert.Equal(HttpStatusCode.Found, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedKnown.StatusCode);
        Assert.Equal(unknownPage, await ReadAsync(refusedKnown)); // the refusal tells nobody which address has an account
        Assert.InRange(refusedUnknown.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Contains("Te veel aanvragen voor een nieuw wachtwoord", unknownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("inlogpoging", unknownPage, StringComparison.OrdinalIgnoreCase);
        Assert.Single(host.Smtp!.Messages); // the one request for the known address within the limit

        // The login form's limit is its own: the reset requests used none of it.
        using var signedIn = await host.SignedInAsync(ManagerEmail, Password);
    }

    [Fact]
    public async Task ResetRequest_OverTheLimitOnTheEnglishPage_SaysSoInEnglish()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Accounts:ResetRequestsPerHour"] = "1" });
        using var browser = host.Browser();
        await browser.GetAsync(new Uri("/taal/en-GB?terug=%2F", UriKind.Relative), TestContext.Current.CancellationToken);

        await RequestResetAsync(browser, ManagerEmail);
        var refused = await RequestResetAsync(browser, ManagerEmail);
        var page = await ReadAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Too many requests for a new password", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangeOwnPassword_WrongCurrentIsRefused_RightCurrentChangesIt(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var manager = await host.SignedInAsync(ManagerEmail, Password);

        var wrong = await PostFormAsync(manager, "/account/wachtwoord", "wachtwoord-wijzigen", new() { ["Input.Current"] = "niet het wachtwoord", ["Input.Password"] = NewPassword, ["Input.Confirm"] = NewPassword });
        var right = await PostFormAsync(manager, "/account/wachtwoord", "wachtwoord-wijzigen", new() { ["Input.Current"] = Password, ["Input.Password"] = NewPassword, ["Input.Confirm"] = NewPassword });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Het huidige wachtwoord klopt niet.", await ReadAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, right.StatusCode);
        using var again = await host.SignedInAsync(ManagerEmail, NewPassword);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisableEnableRevoke_OnTheUsersPage_ChangeTheAccountAndItsTokens(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        await using (var scope = host.Database.CreateScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            Assert.True((await admin.AddAsync(new NewAccount(Invitee, "Viewer", [], Password), TestContext.Current.CancellationToken)).Succeeded);
            Assert.True((await admin.CreateTokenAsync(Invitee, "koppeling", null, TestContext.Current.CancellationToken)).Succeeded);
            Assert.NotNull(await admin.IssueResetLinkAsync(Invitee, TestContext.Current.CancellationToken));
        }

        using var manager = await host.SignedInAsync(ManagerEmail, Password);
        var disabled = await PostFormAsync(manager, "/beheer/gebruikers", "uitschakelen", new() { ["Target.Email"] = Invitee });
        await using (var between = host.Database.CreateScope())
        {
            // Disabled: listed so (a failed login is not tried here: its fixed answer time runs on the fake clock).
            var listed = await between.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(TestContext.Current.CancellationToken);
            Assert.NotNull(Assert.Single(listed, a => a.Email == Invitee).DisabledAt);
        }

        var enabled = await PostFormAsync(manager, "/beheer/gebruikers", "inschakelen", new() { ["Target.Email"] = Invitee });
        var revoked = await PostFormAsync(manager, "/beheer/gebruikers", "intrekken", new() { ["Target.Email"] = Invitee });
        var role = await PostFormAsync(manager, "/beheer/gebruikers", "rol-wijzigen", new() { ["Role.Email"] = Invitee, ["Role.Role"] = "AreaEditor", ["Role.Gemeenten"] = "GM0344, GM0356" });

        Assert.Equal([HttpStatusCode.Found, HttpStatusCode.Found, HttpStatusCode.Found, HttpStatusCode.Found], [disabled.StatusCode, enabled.StatusCode, revoked.StatusCode, role.StatusCode]);
        await using var check = host.Database.CreateScope();
        var account = Assert.Single((await check.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(TestContext.Current.CancellationToken)), a => a.Email == Invitee);
        Assert.Null(account.DisabledAt);
        Assert.Equal(0, account.ActiveTokens);
        Assert.Equal(["AreaEditor"], account.Roles);
        Assert.Equal(["GM0344", "GM0356"], account.Gemeenten);
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.AccountLinks.CountAsync(l => l.UsedAt == null && l.RevokedAt == null, TestContext.Current.CancellationToken));
        var page = await ReadAsync(await manager.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("E-mails gaan via de SMTP-server 127.0.0.1.", page, StringComparison.Ordinal);
        using var signedIn = await host.SignedInAsync(Invitee, Password);
    }

    [Fact]
    public async Task Invite_WithoutSmtp_WritesTheMailAsEmlIntoThePickupFolderAndThePageSaysWhere()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, smtp: false);
        using var manager = await host.SignedInAsync(ManagerEmail, Password);

        var page = await ReadAsync(await manager.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative), TestContext.Current.CancellationToken));
        await InviteAsync(manager, Invitee, "Viewer", "");

        Assert.Contains("Er is geen SMTP-server ingesteld", page, StringComparison.Ordinal);
        Assert.Contains(host.PickupFolder, page, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(host.PickupFolder, "*.eml"));
        var mail = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(Invitee, Assert.Single(mail.To.Mailboxes).Address);
        using var invitee = host.Browser();
        Assert.Equal(HttpStatusCode.Found, (await SetPasswordAsync(invitee, LinkIn(mail), NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Invite_RefusedRole_ShowsTheRulesMessageAndSendsNothing()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        using var manager = await host.SignedInAsync(ManagerEmail, Password);

        var refused = await InviteAsync(manager, Invitee, "AreaEditor", "");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Een AreaEditor werkt voor een of meer gemeenten", await ReadAsync(refused), StringComparison.Ordinal);
        Assert.Empty(host.Smtp!.Messages);
    }

    private static Task<HttpResponseMessage> InviteAsync(HttpClient manager, string email, string role, string gemeenten) =>
        PostFormAsync(manager, "/beheer/gebruikers", "uitnodigen", new() { ["Invite.Email"] = email, ["Invite.Role"] = role, ["Invite.Gemeenten"] = gemeenten });

    private static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password) =>
        PostFormAsync(client, link, "wachtwoord-instellen", new() { ["Input.Token"] = new Uri(PublicUrl + link).Query[7..], ["Input.Password"] = password, ["Input.Confirm"] = password });

    private static Task<HttpResponseMessage> RequestResetAsync(HttpClient client, string email) =>
        PostFormAsync(client, "/wachtwoord-vergeten", "wachtwoord-vergeten", new() { ["Input.Email"] = email });
}
