using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.AssessApplication;
using Wijkpeil.App.Modules.Subsidies.RankTender;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.AssessmentTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>Assessment through its handlers on both providers: who may act, the Awb 2:4 declaration, frozen scores and the n/a rule.</summary>
public sealed class AssessmentHandlerTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Summary_NotApplicableCriterion_IsLeftOutOfTheWeightedMeanNotCountedAsZero(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var criteria = await CriteriaAsync(database, scheme);
        var assessor = await PrincipalAsync(database, AssessorA);
        var assessment = await AssignAsync(database, application, AssessorA);
        await DeclareNoConflictAsync(database, assessment, assessor);

        // Weights 2, 1, 1; scores 4, n/a, 2: (2×4 + 1×2) / (2 + 1) = 3.33 — counting n/a as 0 would give 2.5.
        await using (var scope = database.CreateScope())
        {
            var submitted = await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock()).SubmitAsync(assessment, assessor, Sheet(criteria, 4, null, 2), Ct);
            Assert.True(submitted.Succeeded, submitted.ToString());
        }

        var summary = await SummaryAsync(database, application);
        Assert.Equal(3.33m, summary.Score);
        Assert.Equal(3.33m, Assert.Single(summary.Assessors).WeightedMean);
        Assert.True(summary.MeetsMinimum);
        Assert.Equal([4m, null, 2m], summary.Criteria.Select(c => c.Mean));
        Assert.Equal([0, 1, 0], summary.Criteria.Select(c => c.NotApplicableBy));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Summary_TwoAssessorsFarApart_FlagsTheLargeSpreadPerCriterionAndOverall(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var criteria = await CriteriaAsync(database, scheme);
        foreach (var (email, scores) in new[] { (AssessorA, new int?[] { 5, 4, 4 }), (AssessorB, new int?[] { 2, 4, 3 }) })
        {
            var assessor = await PrincipalAsync(database, email);
            var assessment = await AssignAsync(database, application, email);
            await DeclareNoConflictAsync(database, assessment, assessor);
            await using var scope = database.CreateScope();
            Assert.True((await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock()).SubmitAsync(assessment, assessor, Sheet(criteria, scores), Ct)).Succeeded);
        }

        var summary = await SummaryAsync(database, application);

        // Means: A (10+4+4)/4 = 4.5, B (4+4+3)/4 = 2.75; spread 1.75 ≥ 25% of the range 4. Criterion 1: 5 vs 2, spread 3 ≥ 2.
        Assert.Equal([4.5m, 2.75m], summary.Assessors.Select(a => a.WeightedMean));
        Assert.Equal(3.63m, summary.Score);
        Assert.Equal(1.75m, summary.Spread);
        Assert.True(summary.LargeSpread);
        Assert.Equal([true, false, false], summary.Criteria.Select(c => c.LargeSpread));
        Assert.Equal([3, 0, 1], summary.Criteria.Select(c => c.Spread));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Declare_Conflict_UnassignsIsAuditedWithTheNoteAndTheApplicationStaysClosed(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var assessor = await PrincipalAsync(database, AssessorA);
        var assessment = await AssignAsync(database, application, AssessorA);

        await using (var scope = database.CreateScope())
        {
            var declared = await Handler<DeclareConflictHandler>(scope.ServiceProvider, Clock()).DeclareAsync(assessment, assessor, true, "De aanvrager is mijn buurman.", Ct);
            Assert.True(declared.Succeeded, declared.ToString());
        }

        await using (var scope = database.CreateScope())
        {
            var view = await scope.ServiceProvider.GetRequiredService<AssessmentViewQuery>().GetAsync(assessment, assessor, Ct);
            Assert.Equal(ProblemKind.Forbidden, view.Kind);
            var submit = await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock()).SubmitAsync(assessment, assessor, [], Ct);
            Assert.Equal(ProblemKind.Forbidden, submit.Kind);
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<MyAssessmentsQuery>().ListAsync(assessor, Ct));

            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == AuditEntityTypes.SubsidyAssessment).OrderBy(e => e.Id).ToListAsync(Ct);
            Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
            Assert.Contains("De aanvrager is mijn buurman.", entries[1].After, StringComparison.Ordinal);
            Assert.Contains("Conflict", entries[1].After, StringComparison.Ordinal);
        }

        // Nor can the officer assign the same assessor again.
        await using (var scope = database.CreateScope())
        {
            var again = await Handler<AssignAssessorHandler>(scope.ServiceProvider, Clock()).AssignAsync(application, Officer(), AssessorA, Ct);
            Assert.Equal("subsidy.assessor.declared_conflict", Assert.Single(again.Problems).Code);
        }

        var summary = await SummaryAsync(database, application);
        Assert.Equal(ConflictDeclaration.Conflict, Assert.Single(summary.Assessors).Declaration);
        Assert.Null(summary.Score);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task View_BeforeDeclaring_ShowsWhoAppliesAndTheTitleButNotTheApplication(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var assessor = await PrincipalAsync(database, AssessorA);
        var assessment = await AssignAsync(database, application, AssessorA);

        await using (var scope = database.CreateScope())
        {
            var before = (await scope.ServiceProvider.GetRequiredService<AssessmentViewQuery>().GetAsync(assessment, assessor, Ct)).Value;
            Assert.Equal("Fatima de Vries", before.Applicant);
            Assert.Equal("Buurtmoestuin", before.Title);
            Assert.Null(before.Details);
            var early = await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock()).SubmitAsync(assessment, assessor, [], Ct);
            Assert.Equal("subsidy.assessment.declare_first", Assert.Single(early.Problems).Code);
        }

        await DeclareNoConflictAsync(database, assessment, assessor);
        await using (var scope = database.CreateScope())
        {
            var after = (await scope.ServiceProvider.GetRequiredService<AssessmentViewQuery>().GetAsync(assessment, assessor, Ct)).Value;
            Assert.Equal("Een moestuin voor en door bewoners.", after.Details!.Summary);
            Assert.Equal(3, after.Details.Criteria.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_Twice_TheSecondIsRefusedAndTheFirstScoresStay(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var criteria = await CriteriaAsync(database, scheme);
        var assessor = await PrincipalAsync(database, AssessorA);
        var assessment = await AssignAsync(database, application, AssessorA);
        await DeclareNoConflictAsync(database, assessment, assessor);

        await using (var scope = database.CreateScope())
        {
            Assert.True((await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock()).SubmitAsync(assessment, assessor, Sheet(criteria, 3, 3, 3), Ct)).Succeeded);
        }

        await using (var scope = database.CreateScope())
        {
            var second = await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock(Now.AddHours(1))).SubmitAsync(assessment, assessor, Sheet(criteria, 5, 5, 5), Ct);
            Assert.Equal(ProblemKind.Conflict, second.Kind);
            Assert.Equal("subsidy.assessment.frozen", Assert.Single(second.Problems).Code);
        }

        var summary = await SummaryAsync(database, application);
        Assert.Equal(3m, summary.Score);
        Assert.Equal(Now, Assert.Single(summary.Assessors).SubmittedAt);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_MissingReasonsAndScores_ReportsEachCriterionAtItsFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var criteria = await CriteriaAsync(database, scheme);
        var assessor = await PrincipalAsync(database, AssessorA);
        var assessment = await AssignAsync(database, application, AssessorA);
        await DeclareNoConflictAsync(database, assessment, assessor);
        IReadOnlyList<ScoreInput> sheet =
        [
            new(criteria[0], 4, false, "Goed voor de wijk."),
            new(criteria[1], 3, false, "  "),
            new(criteria[2], 9, false, null),
        ];

        await using var scope = database.CreateScope();
        var refused = await Handler<SubmitScoresHandler>(scope.ServiceProvider, Clock()).SubmitAsync(assessment, assessor, sheet, Ct);

        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Equal(
            [($"scores[{criteria[1]}].reason", "subsidy.score.reason_required"), ($"scores[{criteria[2]}].reason", "subsidy.score.reason_required"), ($"scores[{criteria[2]}].score", "subsidy.score.out_of_scale")],
            refused.Problems.Select(p => (p.Field, p.Code)));
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Null((await db.Set<Assessment>().AsNoTracking().SingleAsync(a => a.Id == assessment, Ct)).SubmittedAt);
        Assert.Equal(0, await db.Set<AssessmentScore>().CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Access_UnassignedAssessorOrOfAnotherGemeente_IsForbiddenEverywhere(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        var assessment = await AssignAsync(database, application, AssessorA);

        await using var scope = database.CreateScope();
        foreach (var email in new[] { AssessorB, UtrechtAssessor })
        {
            var other = await PrincipalAsync(database, email);
            Assert.Equal(ProblemKind.Forbidden, (await scope.ServiceProvider.GetRequiredService<AssessmentViewQuery>().GetAsync(assessment, other, Ct)).Kind);
            Assert.Equal(ProblemKind.Forbidden, (await Handler<DeclareConflictHandler>(scope.ServiceProvider, Clock()).DeclareAsync(assessment, other, false, null, Ct)).Kind);
        }

        // The officer may not assign one who cannot assess for Amersfoort; an officer of Utrecht may not assign at all.
        var assign = Handler<AssignAssessorHandler>(scope.ServiceProvider, Clock());
        Assert.Equal("subsidy.assessor.not_allowed", Assert.Single((await assign.AssignAsync(application, Officer(), UtrechtAssessor, Ct)).Problems).Code);
        Assert.Equal("subsidy.assessor.unknown", Assert.Single((await assign.AssignAsync(application, Officer(), "niemand@example.nl", Ct)).Problems).Code);
        Assert.Equal("subsidy.assessor.already_assigned", Assert.Single((await assign.AssignAsync(application, Officer(), AssessorA.ToUpperInvariant(), Ct)).Problems).Code);
        Assert.Equal(ProblemKind.Forbidden, (await assign.AssignAsync(application, Officer("GM0344"), AssessorB, Ct)).Kind);
        Assert.Equal(ProblemKind.Forbidden, (await scope.ServiceProvider.GetRequiredService<AssessmentSummaryQuery>().GetAsync(application, Officer("GM0344"), Ct)).Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ranking_FirstComeFirstServed_ListsInOrderOfCompletionWithTheRunningTotalAgainstThePlafond(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database, plafond: 5_000m);
        var filed = new[] { await FileAsync(database, scheme, 2_000m), await FileAsync(database, scheme, 2_000m), await FileAsync(database, scheme, 2_000m) };

        await using var scope = database.CreateScope();
        var query = Handler<SchemeRankingQuery>(scope.ServiceProvider, Clock());
        var ranking = (await query.GetAsync(scheme, Officer(), Ct)).Value;

        // Filed at the same moment: the reference decides; 2.000 + 2.000 fits in 5.000, the third does not.
        Assert.Equal(filed, ranking.Rows.Select(r => r.ApplicationId));
        Assert.Equal([2_000m, 4_000m, 6_000m], ranking.Rows.Select(r => r.CumulativeAmount!.Value.Euros));
        Assert.Equal(2, ranking.CutLine);
        Assert.Equal(1_000m, ranking.Remaining.Euros);
        Assert.Null(ranking.TieBreak);
        Assert.Equal(ProblemKind.Forbidden, (await query.GetAsync(scheme, Officer("GM0344"), Ct)).Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Assign_SameAssessorTwice_TheDatabaseRefusesASecondRowAndTheHandlerSaysAlreadyAssigned(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddAssessorsAsync(database);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 2_000m);
        await AssignAsync(database, application, AssessorA);

        // Two officers who both checked "not assigned yet" at the same moment: the unique index stops the second insert.
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var first = await db.SubsidyAssessments.AsNoTracking().SingleAsync(a => a.ApplicationId == application, Ct);
            db.SubsidyAssessments.Add(Assessment.Assign(application, first.AssessorId, AssessorA, first.AssignedAt, "officer"));
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            Assert.True(UniqueViolation.Is(refused), refused.InnerException?.Message);
        }

        await using (var scope = database.CreateScope())
        {
            var again = await Handler<AssignAssessorHandler>(scope.ServiceProvider, Clock()).AssignAsync(application, Officer(), AssessorA, Ct);
            Assert.Equal(ProblemKind.Conflict, again.Kind);
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().SubsidyAssessments.CountAsync(a => a.ApplicationId == application, Ct));
        }
    }

    private static async Task<AssessmentSummary> SummaryAsync(TestDatabase database, int applicationId)
    {
        await using var scope = database.CreateScope();
        var summary = await scope.ServiceProvider.GetRequiredService<AssessmentSummaryQuery>().GetAsync(applicationId, Officer(), Ct);
        Assert.True(summary.Succeeded, summary.ToString());
        return summary.Value;
    }
}
