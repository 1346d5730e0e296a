using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// Helpers for the public register: a scheme linked to the seeded agenda project "Subsidieregeling voor
/// initiatiefnemers uit de wijk", applications full of personal data, grants through the real decision handler.
/// </summary>
internal static class RegisterTestData
{
    public const string SchemeProject = "Subsidieregeling voor initiatiefnemers uit de wijk";

    /// <summary>Personal data that must never reach a public page or download.</summary>
    public static readonly string[] PersonalData =
    [
        "Anneke Jansen-Brouwer", "anneke.jansen@voorbeeld.nl", "06-13572468", "Pijlstraat 17", "3812 QZ", "Leusden-Zuid",
        "Pieter Bakkerzoon", "p.bakkerzoon@zonnehof.nl", "033-7654321", "Zonnehof 3", "3811 QY", "90817263",
    ];

    public const string Organisation = "Buurtvereniging De Zonnehof";

    public static async Task<int> ProjectIdAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return await db.Set<Project>().Where(p => p.Title == SchemeProject).Select(p => p.Id).SingleAsync(Ct);
    }

    /// <summary>Stores a scheme of Amersfoort linked to <paramref name="projectIds"/>; published unless told otherwise.</summary>
    public static async Task<int> SchemeAsync(TestDatabase database, string slug, string name, IReadOnlyList<int> projectIds, bool publish = true, DateOnly? opensOn = null, DateOnly? closesOn = null)
    {
        await using var scope = database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single();
        var terms = Terms(programme.Id) with { Name = name, ProjectIds = projectIds, OpensOn = opensOn ?? OpensOn, ClosesOn = closesOn ?? ClosesOn };
        var scheme = SubsidyScheme.Create(slug, terms).Value;
        if (publish)
        {
            Assert.True(scheme.Publish(Now.AddMonths(-9), "seed").IsSuccess);
        }

        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return scheme.Id;
    }

    /// <summary>Files a complete application of a private person (or, with <paramref name="organisation"/>, of the Zonnehof) full of personal data.</summary>
    public static async Task<int> FileWithPersonalDataAsync(TestDatabase database, int schemeId, decimal amount, string title, bool organisation = false)
    {
        var applicant = organisation
            ? Applicant.Create(ApplicantKind.Organisation, PersonalData[6], PersonalData[7], PersonalData[8], Organisation, PersonalData[11], PersonalData[9], PersonalData[10], PersonalData[5]).Value
            : Applicant.Create(ApplicantKind.Person, PersonalData[0], PersonalData[1], PersonalData[2], null, null, PersonalData[3], PersonalData[4], PersonalData[5]).Value;
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.FindAsync<SubsidyScheme>([schemeId], Ct);
        var money = Money.FromEuros(amount).Value;
        var form = new ApplicationForm(
            applicant, title, "Bewoners maken samen de straat groener.", AreaCode.From(Soesterkwartier), money,
            [new BudgetLineInput("Materiaal", money)], new DateOnly(2027, 3, 1), new DateOnly(2027, 9, 30), null);
        var application = SubsidyApplication.Start(scheme!, form, Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Guid.NewGuid().ToString("N"), Now, SubsidyTime.DayOf(Now)).Value;
        Assert.Empty(application.Submit(scheme!, Now, SubsidyTime.DayOf(Now)));
        db.Add(application);
        await db.SaveChangesAsync(Ct);
        return application.Id;
    }

    /// <summary>Grants in full through the officer's decision handler; returns the reference.</summary>
    public static async Task<string> GrantAsync(TestDatabase database, int applicationId)
    {
        await using var scope = database.CreateScope();
        var handler = Handler<DecideApplicationHandler>(scope.ServiceProvider, Clock());
        var outcome = await handler.DecideAsync(applicationId, Officer(), new DecisionRequest(DecisionKind.Grant, null, "Past in de regeling.", []), Ct);
        Assert.True(outcome.Succeeded);
        return outcome.Value.Reference;
    }

    /// <summary>Pays the scheme's advance on a granted application, as the payment step does; returns the amount.</summary>
    public static async Task<Money> PayAdvanceAsync(TestDatabase database, int applicationId)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var application = await db.Set<SubsidyApplication>().Include(a => a.Payments).SingleAsync(a => a.Id == applicationId, Ct);
        var scheme = await db.FindAsync<SubsidyScheme>([application.SchemeId], Ct);
        var payment = application.PayAdvance(scheme!, SubsidyTime.DayOf(Now), "officer@example.nl");
        Assert.True(payment.IsSuccess);
        await db.SaveChangesAsync(Ct);
        return payment.Value.Amount;
    }

    /// <summary>An anonymous client of the real web host, whose "now" is <see cref="SubsidyTestData.Now"/>.</summary>
    public static HttpClient Client(WijkpeilAppFactory app, FakeTimeProvider? clock = null) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock ?? Clock())))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
