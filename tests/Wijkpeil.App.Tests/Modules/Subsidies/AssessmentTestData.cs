using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies.AssessApplication;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>Assessors of Amersfoort and Utrecht, and the steps of an assessment through its handlers.</summary>
internal static class AssessmentTestData
{
    public const string AssessorA = "beoordelaar.a@amersfoort.nl";
    public const string AssessorB = "beoordelaar.b@amersfoort.nl";
    public const string UtrechtAssessor = "beoordelaar@utrecht.nl";

    public static async Task AddAssessorsAsync(TestDatabase database)
    {
        await StoryTestData.AddAccountAsync(database, AssessorA, WijkpeilRoles.Assessor, Amersfoort);
        await StoryTestData.AddAccountAsync(database, AssessorB, WijkpeilRoles.Assessor, Amersfoort);
        await StoryTestData.AddAccountAsync(database, UtrechtAssessor, WijkpeilRoles.Assessor, "GM0344");
    }

    /// <summary>The principal the account signs in with (its id, roles and gemeenten).</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(TestDatabase database, string email)
    {
        await using var scope = database.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().FindByEmailAsync(email, Ct);
        return account!.Principal;
    }

    public static async Task<int> AssignAsync(TestDatabase database, int applicationId, string email)
    {
        await using var scope = database.CreateScope();
        var outcome = await Handler<AssignAssessorHandler>(scope.ServiceProvider, Clock()).AssignAsync(applicationId, Officer(), email, Ct);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value.AssessmentId;
    }

    public static async Task DeclareNoConflictAsync(TestDatabase database, int assessmentId, ClaimsPrincipal assessor)
    {
        await using var scope = database.CreateScope();
        var outcome = await Handler<DeclareConflictHandler>(scope.ServiceProvider, Clock()).DeclareAsync(assessmentId, assessor, false, null, Ct);
        Assert.True(outcome.Succeeded, outcome.ToString());
    }

    /// <summary>The scheme's criterion ids in order (weights 2, 1, 1 in <see cref="SubsidyTestData.Terms"/>).</summary>
    public static async Task<int[]> CriteriaAsync(TestDatabase database, int schemeId)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return [.. (await db.Set<SubsidyScheme>().AsNoTracking().Include(s => s.Criteria).SingleAsync(s => s.Id == schemeId, Ct)).Criteria.OrderBy(c => c.Position).Select(c => c.Id)];
    }

    /// <summary>A sheet from scores in criterion order; null is "niet van toepassing".</summary>
    public static IReadOnlyList<ScoreInput> Sheet(int[] criteria, params int?[] scores) =>
        [.. criteria.Zip(scores).Select(p => new ScoreInput(p.First, p.Second, p.Second is null, "Motivering bij dit criterium."))];

    /// <summary>Stores a published tender scheme of Amersfoort; returns its id.</summary>
    public static async Task<int> OpenTenderAsync(TestDatabase database, decimal plafond, string slug = "tender")
    {
        await using var scope = database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single();
        var scheme = SubsidyScheme.Create(slug, Terms(programme.Id, plafond, 5_000m, AllocationMethod.Tender)).Value;
        Assert.True(scheme.Publish(Now.AddMonths(-9), "seed").IsSuccess);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return scheme.Id;
    }

    /// <summary>Stores a submitted assessment with equal scores on every criterion, straight through the domain.</summary>
    public static async Task ScoreDirectlyAsync(TestDatabase database, int schemeId, int applicationId, int score, string account = "eerste")
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.Set<SubsidyScheme>().AsNoTracking().Include(s => s.Criteria).SingleAsync(s => s.Id == schemeId, Ct);
        var assessment = Assessment.Assign(applicationId, account + "-" + applicationId, account + "@example.nl", Now, "adviseur@example.nl");
        Assert.True(assessment.Declare(false, null, Now).IsSuccess);
        var criteria = scheme.Criteria.OrderBy(c => c.Position).Select(c => c.Id).ToArray();
        Assert.True(assessment.Submit(scheme, Sheet(criteria, [.. criteria.Select(_ => (int?)score)]), Now).IsSuccess);
        db.Add(assessment);
        await db.SaveChangesAsync(Ct);
    }
}
