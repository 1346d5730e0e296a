using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Modules.Subsidies.RemindReports;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.MoneyTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The daily reminders about the final report, run as the scheduler would (the registered <see cref="IDailyTask"/>),
/// with "today" moved by a fake clock and mail to the SMTP listener. The test scheme's projects end on 30 September
/// 2027 and its report term is 13 weeks: the report is due on 30 December 2027.
/// </summary>
public sealed class ReportReminderTests
{
    private static readonly DateOnly DueOn = new(2027, 12, 30);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reminders_OnceBeforeTheDueDay_OnceWhenOverdue_NoneAfterTheReportOrSettlement(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var scheme = await OpenSchemeAsync(host.Database, slug: "zonder-bijlagen");
        var (late, _) = await FileWithLinkAsync(host.Database, scheme, 1_000m, "laat@example.nl");
        var (reporting, token) = await FileWithLinkAsync(host.Database, scheme, 1_000m, "op-tijd@example.nl");
        var (settled, _) = await FileWithLinkAsync(host.Database, scheme, 1_000m, "vastgesteld@example.nl");
        foreach (var id in new[] { late, reporting, settled })
        {
            Assert.True((await GrantAsync(host.Database, host.Time, id)).Succeeded);
        }

        Assert.Equal(DueOn, (await LoadAsync(host.Database, late)).ReportDueOn);
        Assert.True((await SettleAsync(host.Database, host.Time, settled, 1_000m, SettlementReason.AsGranted, null)).Succeeded);
        var before = host.Smtp.Messages.Count;

        Assert.Equal(0, await RunAsync(host.App, DueOn.AddDays(-15)));
        Assert.Equal(2, await RunAsync(host.App, DueOn.AddDays(-14)));
        Assert.Equal(0, await RunAsync(host.App, DueOn.AddDays(-14)));
        Assert.Equal(0, await RunAsync(host.App, DueOn.AddDays(-3)));
        Assert.True((await ReportAsync(host.Database, host.Time, token, "Alle bakken staan er.", 990m)).Succeeded);
        Assert.Equal(0, await RunAsync(host.App, DueOn));
        Assert.Equal(1, await RunAsync(host.App, DueOn.AddDays(1)));
        Assert.Equal(0, await RunAsync(host.App, DueOn.AddDays(1)));
        Assert.Equal(0, await RunAsync(host.App, DueOn.AddDays(30)));

        var mails = host.Smtp.Messages.Skip(before).ToList();
        Assert.Equal(3, mails.Count);
        Assert.Equal(["laat@example.nl", "op-tijd@example.nl"], mails.Take(2).Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(mails.Take(2), m => Assert.StartsWith("Herinnering: verantwoording SUB-", m.Subject, StringComparison.Ordinal));
        Assert.All(mails.Take(2), m => Assert.Contains("uiterlijk op 30 december 2027", m.TextBody, StringComparison.Ordinal));
        var overdue = mails[2];
        Assert.Equal("laat@example.nl", overdue.To.Mailboxes.Single().Address);
        Assert.EndsWith("is te laat", overdue.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("wps_", overdue.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(mails, m => m.To.Mailboxes.Single().Address == "vastgesteld@example.nl");
        Assert.Equal(DueOn.AddDays(1), (await LoadAsync(host.Database, late)).ReportReminderSentOn);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reminders_DaysBeforeTheDueDayAreASetting(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var scheme = await OpenSchemeAsync(host.Database, slug: "zonder-bijlagen");
        var (id, _) = await FileWithLinkAsync(host.Database, scheme, 1_000m, "laat@example.nl");
        Assert.True((await GrantAsync(host.Database, host.Time, id)).Succeeded);
        await using var app = host.App.WithWebHostBuilder(b => b.UseSetting(RemindReportsTask.DaysSetting, "30"));

        Assert.Equal(0, await RunAsync(app, DueOn.AddDays(-31)));
        Assert.Equal(1, await RunAsync(app, DueOn.AddDays(-30)));
    }

    /// <summary>Runs the reminder task on <paramref name="day"/> (10:00 in Amsterdam) in a scope of its own, as the daily runner does.</summary>
    private static async Task<int> RunAsync<TEntry>(WebApplicationFactory<TEntry> app, DateOnly day)
        where TEntry : class
    {
        var clock = (Microsoft.Extensions.Time.Testing.FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await using var scope = app.Services.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IDailyTask>().Single(t => t.Name == "subsidies-report-reminders");
        return await task.RunAsync(Ct);
    }
}
