using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Privacy;

/// <summary>From which day each kind of ended application is anonymised; no database needed.</summary>
public sealed class RetentionRuleTests
{
    // Filed on Tuesday 10 March 2026 at 11:00 in Amsterdam.
    private static readonly DateTimeOffset Filed = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Settled_SevenYearsAfterTheSettlementDay()
    {
        var application = Build(Ending.Settled);

        Assert.Equal(new DateOnly(2033, 3, 11), RetentionRule.AnonymiseOn(application, 7));
    }

    [Fact]
    public void Refused_YearsCountFromTheEndOfTheObjectionTerm_NotFromTheDecision()
    {
        var application = Build(Ending.Refused);

        // Sent 10 March 2026: the six weeks end on Tuesday 21 April 2026 (Awb 6:7, 6:8).
        Assert.Equal(new DateOnly(2026, 4, 21), ObjectionTerm.EndsOn(application.DecisionSentOn!.Value));
        Assert.Equal(new DateOnly(2033, 4, 21), RetentionRule.AnonymiseOn(application, 7));
    }

    [Fact]
    public void Refused_ALateObjection_PostponesTheRetentionToItsDay()
    {
        var application = Build(Ending.Refused);
        Assert.True(application.RegisterObjection(new DateOnly(2026, 6, 1), null, "Te laat, toch ingediend.", Filed.AddMonths(3), "officer@example.nl").IsSuccess);

        Assert.Equal(new DateOnly(2031, 6, 1), RetentionRule.AnonymiseOn(application, 5));
    }

    [Fact]
    public void Withdrawn_YearsAfterFiling()
    {
        Assert.Equal(new DateOnly(2033, 3, 10), RetentionRule.AnonymiseOn(Build(Ending.Withdrawn), 7));
    }

    [Fact]
    public void DraftNeverFiled_OneYearAfterItWasStarted_WhateverTheSetting()
    {
        Assert.Equal(new DateOnly(2027, 3, 10), RetentionRule.AnonymiseOn(Build(Ending.Draft), 7));
        Assert.Equal(new DateOnly(2027, 3, 10), RetentionRule.AnonymiseOn(Build(Ending.Draft), 30));
    }

    [Theory]
    [InlineData(Ending.Received)]
    [InlineData(Ending.Granted)]
    public void StillRunning_OrGrantedButNotSettled_IsKept(Ending ending)
    {
        Assert.Null(RetentionRule.AnonymiseOn(Build(ending), 1));
    }

    [Fact]
    public void AlreadyAnonymised_IsNeverDueAgain()
    {
        var application = Build(Ending.Settled);
        application.Anonymise(Filed.AddYears(8));

        Assert.Null(RetentionRule.AnonymiseOn(application, 7));
    }

    private static SubsidyApplication Build(Ending ending)
    {
        var scheme = SubsidyScheme.Create("regeling", Terms(1) with { OpensOn = new DateOnly(2026, 1, 1) }).Value;
        Assert.True(scheme.Publish(Filed.AddMonths(-3), "seed").IsSuccess);
        var day = SubsidyTime.DayOf(Filed);
        var amount = Money.FromEuros(1_000m).Value;
        var applicant = Applicant.Create(ApplicantKind.Person, PrivacyTestData.Name, PrivacyTestData.Email, null, null, null, null, null, null).Value;
        var form = new ApplicationForm(applicant, "Buurtkas", PrivacyTestData.Summary, AreaCode.From(Soesterkwartier), amount, [new BudgetLineInput("Kas", amount)], day.AddMonths(1), day.AddMonths(6), null);
        var application = SubsidyApplication.Start(scheme, form, "hash", Filed, day).Value;
        if (ending != Ending.Draft)
        {
            Assert.Empty(application.Submit(scheme, Filed, day));
        }

        Assert.True(ending switch
        {
            Ending.Granted or Ending.Settled => application.Grant(scheme, amount, null, [], Filed, day, "officer").IsSuccess,
            Ending.Refused => application.Refuse(scheme, null, [.. scheme.Criteria.Select(c => (c.Id, (string?)"Past niet."))], Filed, day, "officer").IsSuccess,
            Ending.Withdrawn => application.Withdraw().IsSuccess,
            _ => true,
        });
        if (ending == Ending.Settled)
        {
            Assert.True(application.Settle(amount, SettlementReason.AsGranted, null, Filed.AddDays(1)).IsSuccess);
        }

        return application;
    }
}
