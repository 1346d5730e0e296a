using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.App.Tests.Kernel.Scheduling;

/// <summary>The daily run's hour in Europe/Amsterdam across the clock changes, and one failing task among others.</summary>
public sealed class DailyScheduleTests
{
    private static readonly TimeZoneInfo Amsterdam = DailySchedule.Amsterdam;

    [Theory]
    // Winter (UTC+1): before 03:00 it is today, at or after it tomorrow.
    [InlineData("2026-12-07T01:59:00Z", 3, "2026-12-07T02:00:00Z")]
    [InlineData("2026-12-07T00:30:00Z", 3, "2026-12-07T02:00:00Z")]
    [InlineData("2026-12-07T02:00:00Z", 3, "2026-12-08T02:00:00Z")]
    // Summer (UTC+2).
    [InlineData("2026-07-01T12:00:00Z", 3, "2026-07-02T01:00:00Z")]
    // Clocks forward on Sunday 29 March 2026 at 02:00 → 03:00: 03:00 exists and is 01:00 UTC; 02:00 does not and
    // runs at the end of the gap, the same instant.
    [InlineData("2026-03-28T12:00:00Z", 3, "2026-03-29T01:00:00Z")]
    [InlineData("2026-03-28T12:00:00Z", 2, "2026-03-29T01:00:00Z")]
    [InlineData("2026-03-29T01:00:00Z", 2, "2026-03-30T00:00:00Z")]
    // Clocks back on Sunday 25 October 2026 at 03:00 → 02:00: 02:00 happens twice, the first (UTC+2) counts; 03:00 is UTC+1.
    [InlineData("2026-10-24T12:00:00Z", 2, "2026-10-25T00:00:00Z")]
    [InlineData("2026-10-24T12:00:00Z", 3, "2026-10-25T02:00:00Z")]
    [InlineData("2026-10-25T00:00:00Z", 2, "2026-10-26T01:00:00Z")]
    public void NextRun_IsTheNextTimeTheAmsterdamClockReadsTheHour(string now, int hour, string expected)
    {
        var next = DailySchedule.NextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), hour, Amsterdam);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void NextRun_ADayOfRuns_EachDayOnce_ThroughBothClockChanges()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var days = new List<DateOnly>();
        for (var i = 0; i < 365; i++)
        {
            now = DailySchedule.NextRun(now, 3, Amsterdam);
            var local = TimeZoneInfo.ConvertTime(now, Amsterdam);
            Assert.Equal(3, local.Hour);
            days.Add(DateOnly.FromDateTime(local.DateTime));
        }

        Assert.Equal(Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i)), days);
    }

    [Fact]
    public async Task RunAll_OneTaskFails_TheOthersStillRunEachInItsOwnScope()
    {
        var services = new ServiceCollection();
        services.AddScoped<ScopeMarker>();
        services.AddScoped<IDailyTask>(sp => new CountingTask("eerste", 2, sp.GetRequiredService<ScopeMarker>()));
        services.AddScoped<IDailyTask>(_ => new FailingTask());
        services.AddScoped<IDailyTask>(sp => new CountingTask("derde", 5, sp.GetRequiredService<ScopeMarker>()));
        await using var provider = services.BuildServiceProvider();

        var results = await DailyTasks.RunAllAsync(provider.GetRequiredService<IServiceScopeFactory>(), NullLogger.Instance, TestContext.Current.CancellationToken);

        Assert.Equal(["eerste", "kapot", "derde"], results.Select(r => r.Name));
        Assert.Equal([2, null, 5], results.Select(r => r.Count));
        Assert.IsType<InvalidOperationException>(results[1].Failure);
        Assert.Equal(2, CountingTask.Scopes.Count(s => s is not null));
        Assert.NotSame(CountingTask.Scopes[^2], CountingTask.Scopes[^1]);
    }

    [Fact]
    public void Options_DefaultAndRefusals()
    {
        Assert.Equal(new SchedulingOptions(true, 3), SchedulingOptions.Read(Config()));
        Assert.Equal(new SchedulingOptions(false, 23), SchedulingOptions.Read(Config(("Scheduling:Enabled", "false"), ("Scheduling:DailyHour", "23"))));
        Assert.Throws<InvalidOperationException>(() => SchedulingOptions.Read(Config(("Scheduling:DailyHour", "24"))));
        Assert.Throws<InvalidOperationException>(() => SchedulingOptions.Read(Config(("Scheduling:Enabled", "ja"))));
    }

    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private sealed class ScopeMarker;

    private sealed class CountingTask(string name, int count, ScopeMarker scope) : IDailyTask
    {
        public static readonly List<ScopeMarker?> Scopes = [];

        public string Name => name;

        public Task<int> RunAsync(CancellationToken cancellationToken)
        {
            lock (Scopes)
            {
                Scopes.Add(scope);
            }

            return Task.FromResult(count);
        }
    }

    private sealed class FailingTask : IDailyTask
    {
        public string Name => "kapot";

        public Task<int> RunAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("database weg");
    }
}
