using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Tests.Modules.Audit;

/// <summary>The parts of the audit trail that need no database: CSV cells, the before/after comparison, the filter.</summary>
public sealed class AuditTrailUnitTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 30 123", "'+31 30 123")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tstart", "'\tstart")]
    [InlineData("\rstart", "\"'\rstart\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("Muntenbuurt, fase 2", "\"Muntenbuurt, fase 2\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("regel\nregel", "\"regel\nregel\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cell_Text_GuardsFormulasAndQuotesAsRfc4180(string? text, string expected) =>
        Assert.Equal(expected, AuditCsv.Cell(text));

    [Fact]
    public void Between_Update_ListsOnlyTheFieldsThatDiffer()
    {
        var changes = AuditChanges.Between(
            """{"Title":"Muntenbuurt","Status":"Planned","Pillars":[1,2],"End":null,"Gone":"x"}""",
            """{"Title":"Muntenbuurt","Status":"Running","Pillars":[1, 3],"End":"2027-01-01","New":true}""");

        Assert.Equal(
            [
                new AuditChange("Status", "Planned", "Running"),
                new AuditChange("Pillars", "[1,2]", "[1, 3]"),
                new AuditChange("End", null, "2027-01-01"),
                new AuditChange("New", null, "true"),
                new AuditChange("Gone", "x", null),
            ],
            changes);
    }

    [Fact]
    public void Between_CreationAndDeletion_ListEveryFieldOfTheOneSide()
    {
        Assert.Equal([new AuditChange("A", null, "1"), new AuditChange("B", null, "{\"c\":2}")], AuditChanges.Between(null, """{"A":1,"B":{"c":2}}"""));
        Assert.Equal([new AuditChange("A", "1", null)], AuditChanges.Between("""{"A":1}""", null));
    }

    [Fact]
    public void Between_TextThatIsNotAJsonObject_IsComparedAsOneValue() =>
        Assert.Equal([new AuditChange("waarde", "oud", "niet { json")], AuditChanges.Between("\"oud\"", "niet { json"));

    [Fact]
    public void Parse_GoodTexts_ReadEveryPart()
    {
        var (filter, errors) = AuditFilter.Parse(" 2026-03-01 ", "31-3-2026", "project", " Partner ", "Gewijzigd", " 7 ");

        Assert.Empty(errors);
        Assert.Equal(new AuditFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "project", "Partner", AuditAction.Updated, "7"), filter);
        Assert.Equal("van=2026-03-01&tot=2026-03-31&type=project&wie=Partner&actie=gewijzigd&id=7", filter!.ToQueryString());
    }

    [Fact]
    public void Parse_EmptyTexts_FilterNothing()
    {
        var (filter, errors) = AuditFilter.Parse("", " ", null, "", null, "");

        Assert.Empty(errors);
        Assert.Equal(AuditFilter.None, filter);
        Assert.Equal("", filter!.ToQueryString());
    }

    [Fact]
    public void Parse_UnreadableParts_GiveOneErrorPerField()
    {
        var (filter, errors) = AuditFilter.Parse("2026-02-30", "morgen", null, new string('x', 300), "gewist", null);

        Assert.Null(filter);
        Assert.Equal(
            [("van", "audit.filter.from.invalid"), ("tot", "audit.filter.to.invalid"), ("actie", "audit.filter.action.unknown"), ("wie", "audit.filter.actor.too_long")],
            errors.Select(e => (e.Field, e.Code)));
        Assert.Equal("De begindatum '2026-02-30' is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 27-11-2026.", ProblemMessages.For(errors[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
        Assert.Equal("The start date '2026-02-30' is not a date. Write it as day-month-year, for example 27-11-2026.", ProblemMessages.For(errors[0], System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Parse_EndBeforeStart_IsRefusedAtTheEndDate()
    {
        var (filter, errors) = AuditFilter.Parse("2026-03-02", "2026-03-01", null, null, null, null);

        Assert.Null(filter);
        var error = Assert.Single(errors);
        Assert.Equal(("tot", "audit.filter.to.before_from", "2-3-2026"), (error.Field, error.Code, error.Arguments[0]));
    }

    [Theory]
    [InlineData(2026, 1, 15, "2026-01-14T23:00:00+00:00")]
    [InlineData(2026, 7, 1, "2026-06-30T22:00:00+00:00")]
    [InlineData(2026, 3, 29, "2026-03-28T23:00:00+00:00")] // the day the clocks go forward starts in winter time
    public void StartOfDay_DutchDay_StartsAtLocalMidnight(int year, int month, int day, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AuditQueries.StartOfDay(new DateOnly(year, month, day)));
}
