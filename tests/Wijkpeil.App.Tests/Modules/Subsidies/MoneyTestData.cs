using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Modules.Subsidies.PayAdvance;
using Wijkpeil.App.Modules.Subsidies.RecordBalance;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.App.Modules.Subsidies.SettleSubsidy;
using Wijkpeil.App.Modules.Subsidies.SubmitReport;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The money steps after a grant as one request each would run them (own scope, "now" from a fake clock): the
/// officers' handlers, the applicant's report by the link's secret, and the scheme's totals as the officers see them.
/// </summary>
internal static class MoneyTestData
{
    public static Money Euros(decimal euros) => Money.FromEuros(euros).Value;

    /// <summary>Files a complete application for <paramref name="amount"/> behind a known secret; returns its id and the secret.</summary>
    public static async Task<(int Id, string Token)> FileWithLinkAsync(TestDatabase database, int schemeId, decimal amount, string email = "bewoner@example.nl")
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.FindAsync<SubsidyScheme>([schemeId], Ct);
        var money = Euros(amount);
        var form = new ApplicationForm(
            Applicant.Create(ApplicantKind.Person, "Fatima de Vries", email, null, null, null, null, null, null).Value,
            "Buurtmoestuin", "Een moestuin voor en door bewoners.", AreaCode.From(Soesterkwartier), money,
            [new BudgetLineInput("Plantenbakken en aarde", money)], new DateOnly(2027, 3, 1), new DateOnly(2027, 9, 30), null);
        var token = SecretToken.New("wps_");
        var application = SubsidyApplication.Start(scheme!, form, SecretToken.Hash(token), Now, SubsidyTime.DayOf(Now)).Value;
        Assert.Empty(application.Submit(scheme!, Now, SubsidyTime.DayOf(Now)));
        db.Add(application);
        await db.SaveChangesAsync(Ct);
        return (application.Id, token);
    }

    public static async Task<Outcome<DecisionRecorded>> DecideAsync(TestDatabase database, FakeTimeProvider clock, int id, DecisionRequest request)
    {
        await using var scope = database.CreateScope();
        return await Handler<DecideApplicationHandler>(scope.ServiceProvider, clock).DecideAsync(id, Officer(), request, Ct);
    }

    public static Task<Outcome<DecisionRecorded>> GrantAsync(TestDatabase database, FakeTimeProvider clock, int id, decimal? amount = null) =>
        DecideAsync(database, clock, id, new DecisionRequest(DecisionKind.Grant, amount is { } a ? Euros(a) : null, amount is null ? null : "Minder dan gevraagd.", []));

    public static async Task<Outcome<SubsidyApplication>> PayAdvanceAsync(TestDatabase database, FakeTimeProvider clock, int id, DateOnly? on = null, string gemeente = Amersfoort)
    {
        await using var scope = database.CreateScope();
        return await Handler<PayAdvanceHandler>(scope.ServiceProvider, clock).PayAsync(id, Officer(gemeente), on, Ct);
    }

    public static async Task<Outcome<SubsidyApplication>> SettleAsync(TestDatabase database, FakeTimeProvider clock, int id, decimal settled, SettlementReason reason, string? explanation, string gemeente = Amersfoort)
    {
        await using var scope = database.CreateScope();
        return await Handler<SettleSubsidyHandler>(scope.ServiceProvider, clock).SettleAsync(id, Officer(gemeente), Euros(settled), reason, explanation, Ct);
    }

    public static async Task<Outcome<SubsidyApplication>> RecordBalanceAsync(TestDatabase database, FakeTimeProvider clock, int id, DateOnly? on = null)
    {
        await using var scope = database.CreateScope();
        return await Handler<RecordBalanceHandler>(scope.ServiceProvider, clock).RecordAsync(id, Officer(), on, Ct);
    }

    public static async Task<Outcome<SubsidyApplication>> ReportAsync(TestDatabase database, FakeTimeProvider clock, string token, string? text, decimal costs)
    {
        await using var scope = database.CreateScope();
        return await Handler<SubmitReportHandler>(scope.ServiceProvider, clock).SubmitAsync(token, text, Euros(costs), Ct);
    }

    /// <summary>The scheme's totals as the officers' list computes them.</summary>
    public static async Task<SchemeTotals> TotalsAsync(TestDatabase database, int schemeId)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.Set<SubsidyScheme>().AsNoTracking().SingleAsync(s => s.Id == schemeId, Ct);
        return (await SchemeTotals.ForSchemesAsync(db, [scheme], Ct))[schemeId];
    }

    public static async Task<SubsidyApplication> LoadAsync(TestDatabase database, int id)
    {
        await using var scope = database.CreateScope();
        return await SchemeAccess.ApplicationAsync(scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>(), id, tracked: false, Ct) ?? throw new InvalidOperationException("gone");
    }

    public static string Code<T>(Outcome<T> outcome) => Assert.Single(outcome.Problems).Code;
}
