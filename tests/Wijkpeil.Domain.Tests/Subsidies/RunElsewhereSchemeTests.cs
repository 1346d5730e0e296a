using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

/// <summary>A scheme run outside Wijkpeil: a record of a fact, "opengesteld", never taking an application or a grant here.</summary>
public sealed class RunElsewhereSchemeTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(1));

    private static SubsidyScheme Scheme() =>
        SubsidyScheme.RecordRunElsewhere("subsidieregeling-soesterkwartier", "Subsidieregeling Soesterkwartier", "Bron: brief", 3, AreaCode.From("GM0307"), ["soesterkwartier", " soesterkwartier"], [7, 7], Recorded).Value;

    [Fact]
    public void RecordRunElsewhere_IsPublishedOpenWithoutPlafond()
    {
        var scheme = Scheme();

        Assert.True(scheme.IsRunElsewhere);
        Assert.True(scheme.IsPublished);
        Assert.Equal(Recorded, scheme.PublishedAt);
        Assert.Equal(Money.Zero, scheme.Plafond);
        Assert.Empty(scheme.Criteria);
        Assert.Empty(scheme.Attachments);
        Assert.Equal(["soesterkwartier"], scheme.FocusAreas);
        Assert.Equal([7], scheme.ProjectIds);
        foreach (var day in new[] { new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 7), new DateOnly(2040, 1, 1) })
        {
            Assert.Equal(SchemeStatus.Open, scheme.StatusOn(day));
            Assert.False(scheme.AcceptsApplicationsOn(day));
        }
    }

    [Fact]
    public void RecordRunElsewhere_ChecksNameAndGemeente()
    {
        Assert.Equal("subsidy.scheme.name.required", SubsidyScheme.RecordRunElsewhere("regeling", " ", null, 3, AreaCode.From("GM0307"), [], [], Recorded).Error!.Code);
        Assert.Equal("subsidy.scheme.gemeente", SubsidyScheme.RecordRunElsewhere("regeling", "Regeling", null, 3, AreaCode.From("WK030703"), [], [], Recorded).Error!.Code);
    }

    [Fact]
    public void RunElsewhere_RefusesChangePublishAndPlafond()
    {
        var scheme = Scheme();

        Assert.Equal("subsidy.scheme.run_elsewhere", scheme.Publish(Recorded, "seed").Error!.Code);
        Assert.Equal("subsidy.scheme.run_elsewhere", scheme.ChangePlafond(Money.FromEuros(1_000m).Value, "Bekend geworden", Recorded).Error!.Code);
        Assert.Equal(Money.Zero, scheme.Plafond);
    }

    [Fact]
    public void RunElsewhere_StartingAnApplication_IsRefused()
    {
        var scheme = Scheme();
        var money = Money.FromEuros(500m).Value;
        var form = new ApplicationForm(
            Applicant.Create(ApplicantKind.Person, "Fatima de Vries", "fatima@example.org", null, null, null, null, null, null).Value,
            "Buurtmoestuin",
            "Een moestuin.",
            AreaCode.From("WK030703"),
            money,
            [new BudgetLineInput("Aarde", money)],
            new DateOnly(2027, 3, 1),
            new DateOnly(2027, 9, 30),
            null);

        var started = SubsidyApplication.Start(scheme, form, "hash", Recorded, new DateOnly(2026, 12, 7));

        Assert.Equal("subsidy.application.scheme_run_elsewhere", started.Error!.Code);
    }
}
