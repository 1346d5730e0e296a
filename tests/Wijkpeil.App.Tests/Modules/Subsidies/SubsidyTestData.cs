using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// A database with the Vitale Wijken programme and subsidy schemes of Amersfoort (GM0307, the Soesterkwartier), opened
/// on <see cref="OpensOn"/>; "now" is <see cref="Now"/> (a Tuesday in the opening period), never the wall clock.
/// </summary>
internal static class SubsidyTestData
{
    public const string Amersfoort = "GM0307";
    public const string Soesterkwartier = "WK030703";

    public static readonly DateOnly OpensOn = new(2026, 3, 2);
    public static readonly DateOnly ClosesOn = new(2026, 12, 31);

    /// <summary>10:00 in Amsterdam on Tuesday 3 November 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static ClaimsPrincipal Officer(string gemeente = Amersfoort) => StoryTestData.User(WijkpeilRoles.SubsidyOfficer, gemeente);

    public static FakeTimeProvider Clock(DateTimeOffset? at = null) => new(at ?? Now);

    /// <summary>A handler of the module in its own scope, as one request would get it, with "now" fixed.</summary>
    public static T Handler<T>(IServiceProvider scope, FakeTimeProvider clock) =>
        ActivatorUtilities.CreateInstance<T>(scope, new SubsidyTime(clock));

    public static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        return database;
    }

    public static SchemeTerms Terms(int programmeId, decimal plafond = 10_000m, decimal maximum = 5_000m, AllocationMethod allocation = AllocationMethod.FirstComeFirstServed) =>
        new(
            "Initiatievenfonds Soesterkwartier",
            "Voor bewonersinitiatieven uit de *Uitvoeringsagenda*.",
            programmeId,
            AreaCode.From(Amersfoort),
            ["soesterkwartier"],
            [],
            Money.FromEuros(plafond).Value,
            allocation,
            allocation == AllocationMethod.Tender ? TieBreakRule.EarliestComplete : null,
            OpensOn,
            ClosesOn,
            Money.FromEuros(100m).Value,
            Money.FromEuros(maximum).Value,
            "Voor initiatieven in het Soesterkwartier.",
            [new CriterionTerms("Bijdrage aan de wijk", null, 2), new CriterionTerms("Draagvlak bij bewoners", null, 1), new CriterionTerms("Haalbaarheid", null, 1)],
            1,
            5,
            3m,
            [],
            8,
            80,
            13,
            SubsidyScheme.DefaultObjectionClause);

    /// <summary>Stores a published scheme of Amersfoort under Vitale Wijken; returns its id.</summary>
    public static async Task<int> OpenSchemeAsync(TestDatabase database, decimal plafond = 10_000m, decimal maximum = 5_000m, string slug = "initiatievenfonds")
    {
        await using var scope = database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single();
        var scheme = SubsidyScheme.Create(slug, Terms(programme.Id, plafond, maximum)).Value;
        Assert.True(scheme.Publish(Now.AddMonths(-9), "seed").IsSuccess);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return scheme.Id;
    }

    /// <summary>Files a complete application for <paramref name="amount"/> euros (no attachments asked); returns its id.</summary>
    public static async Task<int> FileAsync(TestDatabase database, int schemeId, decimal amount, string email = "bewoner@example.nl")
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.FindAsync<SubsidyScheme>([schemeId], Ct);
        var money = Money.FromEuros(amount).Value;
        var form = new ApplicationForm(
            Applicant.Create(ApplicantKind.Person, "Fatima de Vries", email, null, null, null, null, null, null).Value,
            "Buurtmoestuin",
            "Een moestuin voor en door bewoners.",
            AreaCode.From(Soesterkwartier),
            money,
            [new BudgetLineInput("Plantenbakken en aarde", money)],
            new DateOnly(2027, 3, 1),
            new DateOnly(2027, 9, 30),
            null);
        var application = SubsidyApplication.Start(scheme!, form, Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Guid.NewGuid().ToString("N"), Now, SubsidyTime.DayOf(Now)).Value;
        Assert.Empty(application.Submit(scheme!, Now, SubsidyTime.DayOf(Now)));
        db.Add(application);
        await db.SaveChangesAsync(Ct);
        return application.Id;
    }
}
