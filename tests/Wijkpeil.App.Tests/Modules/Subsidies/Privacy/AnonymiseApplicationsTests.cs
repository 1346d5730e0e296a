using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.Privacy.PrivacyTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Privacy;

/// <summary>The retention run (issue 13, point 7) on both providers, with a fake clock: what goes, what stays, and only once.</summary>
public sealed class AnonymiseApplicationsTests : IDisposable
{
    // Filed 10 May 2019 at noon in Amsterdam; settled the day after, so retention ends on 11 May 2026.
    private static readonly DateTimeOffset Filed = new(2019, 5, 10, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "anonymise-" + Guid.NewGuid().ToString("N"));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Settled_DayBeforeRetentionEnds_NothingChanges_OnTheDay_PersonalDataAndFilesGoMoneyAndDescriptionStay(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var store = Store(_folder);
        var (id, stored) = await ApplicationAsync(database, store, await SchemeAsync(database), Ending.Settled, Filed);

        var before = await RunAsync(database, store, new DateTimeOffset(2026, 5, 10, 21, 59, 0, TimeSpan.Zero)); // 23:59 on 10 May in Amsterdam
        Assert.Empty(before);
        Assert.True(File.Exists(Path.Combine(_folder, stored)));
        Assert.Equal(Name, (await LoadAsync(database, id)).Applicant.ContactName);

        var done = await RunAsync(database, store, new DateTimeOffset(2026, 5, 10, 22, 0, 0, TimeSpan.Zero)); // 00:00 on 11 May
        var application = await LoadAsync(database, id);

        Assert.Equal([id], done.Select(d => d.Id));
        Assert.Equal(new DateOnly(2026, 5, 11), done.Single().DueOn);
        Assert.False(File.Exists(Path.Combine(_folder, stored)));
        Assert.Empty(application.Attachments);
        Assert.Equal(Applicant.Removed, application.Applicant.ContactName);
        Assert.Equal(Applicant.Removed, application.Applicant.Email);
        Assert.Null(application.Applicant.Phone);
        Assert.Null(application.Applicant.Address);
        Assert.Null(application.Applicant.PostalCode);
        Assert.Equal(Applicant.Removed, application.ReportText);
        Assert.NotNull(application.AnonymisedAt);
        Assert.Equal("Buurtkas", application.Title);
        Assert.Equal(Summary, application.Summary);
        Assert.Equal(1_000_00, application.AmountRequestedCents);
        Assert.Equal(1_000_00, application.GrantedCents);
        Assert.Equal(800_00, application.SettledCents);
        Assert.Equal(ApplicationStatus.Settled, application.Status);
        Assert.Single(application.BudgetLines);

        // Audited once, by reference, without the data it removed.
        var entries = await AuditAsync(database, id);
        var entry = Assert.Single(entries);
        Assert.Equal(AuditAction.Updated, entry.Action);
        foreach (var personal in PersonalData.Append(ReportText))
        {
            Assert.DoesNotContain(personal, entry.Summary + entry.Before + entry.After, StringComparison.Ordinal);
        }

        // Idempotent: the next night finds nothing.
        Assert.Empty(await RunAsync(database, store, new DateTimeOffset(2026, 5, 12, 1, 0, 0, TimeSpan.Zero)));
        Assert.Single(await AuditAsync(database, id));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EightYearsLater_EndedApplicationsGo_GrantedAndOpenOnesStay(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var store = Store(_folder);
        var scheme = await SchemeAsync(database);
        var ended = new List<int>();
        foreach (var ending in new[] { Ending.Settled, Ending.Refused, Ending.Withdrawn, Ending.Draft })
        {
            ended.Add((await ApplicationAsync(database, store, scheme, ending, Filed)).Id);
        }

        var granted = await ApplicationAsync(database, store, scheme, Ending.Granted, Filed);
        var received = await ApplicationAsync(database, store, scheme, Ending.Received, Filed);

        var dryRun = await DueAsync(database, store, Filed.AddYears(8));
        var done = await RunAsync(database, store, Filed.AddYears(8));

        Assert.Equal(ended.Order(), dryRun.Select(d => d.Id).Order());
        Assert.Equal(ended.Order(), done.Select(d => d.Id).Order());
        foreach (var kept in new[] { granted, received })
        {
            Assert.Equal(Name, (await LoadAsync(database, kept.Id)).Applicant.ContactName);
            Assert.True(File.Exists(Path.Combine(_folder, kept.StoredName)));
        }

        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DryRun_ListsWithoutChangingAnything(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var store = Store(_folder);
        var (id, stored) = await ApplicationAsync(database, store, await SchemeAsync(database), Ending.Refused, Filed);

        var due = await DueAsync(database, store, Filed.AddYears(8));

        Assert.Equal([id], due.Select(d => d.Id));
        Assert.Equal(Name, (await LoadAsync(database, id)).Applicant.ContactName);
        Assert.True(File.Exists(Path.Combine(_folder, stored)));
        Assert.Empty(await AuditAsync(database, id));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<DueApplication>> RunAsync(TestDatabase database, IAttachmentStore store, DateTimeOffset now)
    {
        await using var scope = database.CreateScope();
        return await Create(scope.ServiceProvider, store, now).AnonymiseAsync(Ct);
    }

    private static async Task<IReadOnlyList<DueApplication>> DueAsync(TestDatabase database, IAttachmentStore store, DateTimeOffset now)
    {
        await using var scope = database.CreateScope();
        return await Create(scope.ServiceProvider, store, now).DueAsync(Ct);
    }

    private static AnonymiseApplicationsHandler Create(IServiceProvider services, IAttachmentStore store, DateTimeOffset now) =>
        ActivatorUtilities.CreateInstance<AnonymiseApplicationsHandler>(
            services, new SubsidyTime(new FakeTimeProvider(now)), store, new RetentionOptions(7), NullLogger<AnonymiseApplicationsHandler>.Instance);

    private static async Task<List<Wijkpeil.App.Modules.Audit.AuditEntry>> AuditAsync(TestDatabase database, int id)
    {
        await using var scope = database.CreateScope();
        var key = id.ToString(CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Wijkpeil.App.Modules.Audit.AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == AuditEntityTypes.SubsidyApplication && e.EntityId == key).ToListAsync(Ct);
    }
}
