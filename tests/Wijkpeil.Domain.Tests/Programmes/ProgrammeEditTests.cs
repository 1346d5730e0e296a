using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Tests.Programmes;

/// <summary>The rules of changing a programme: slugs, names, and the Set methods for its lists.</summary>
public sealed class ProgrammeEditTests
{
    private static readonly AreaCode BatauNoord = AreaCode.From("WK035603");
    private static readonly AreaCode BatauZuid = AreaCode.From("WK035604");
    private static readonly AreaCode Overvecht = AreaCode.From("WK034403");

    private static Programme WithPillars(params int[] numbers)
    {
        var programme = new Programme("vitale-wijken", "Vitale Wijken");
        Assert.Empty(programme.SetPillars([.. numbers.Select(n => (n, (string?)$"Pijler {n}", (string?)null))]));
        return programme;
    }

    [Theory]
    [InlineData("vw")]
    [InlineData("vitale-wijken-2026")]
    [InlineData("a1")]
    public void SlugCheck_LowercaseLettersDigitsHyphens_Succeeds(string slug)
    {
        Assert.Equal(slug, Slug.Check(slug, "programme").Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v")]
    [InlineData("Vitale")]
    [InlineData("vitale_wijken")]
    [InlineData("vitale wijken")]
    [InlineData("-vitale")]
    [InlineData("vitale-")]
    [InlineData("wijk/3")]
    [InlineData("é-wijk")]
    public void SlugCheck_OtherText_ReturnsSlugInvalidWithPrefix(string slug)
    {
        Assert.Equal("wave.slug.invalid", Slug.Check(slug, "wave").Error?.Code);
    }

    [Fact]
    public void SlugCheck_SixtyAndSixtyOneCharacters_AcceptsOnlySixty()
    {
        Assert.True(Slug.Check(new string('a', 60), "programme").IsSuccess);
        Assert.False(Slug.Check(new string('a', 61), "programme").IsSuccess);
    }

    [Fact]
    public void Create_ValidInput_TrimsNameAndKeepsDescriptionAsTyped()
    {
        var programme = Programme.Create(" wijkaanpak ", " Wijkaanpak ", "  * eerste punt\n").Value;

        Assert.Equal("wijkaanpak", programme.Code);
        Assert.Equal("Wijkaanpak", programme.Name);
        Assert.Equal("  * eerste punt\n", programme.Description);
    }

    [Theory]
    [InlineData("Wijk Aanpak", "Naam", "programme.slug.invalid")]
    [InlineData("wijkaanpak", " ", "programme.name.required")]
    public void Create_InvalidInput_ReturnsItsCode(string slug, string name, string code)
    {
        Assert.Equal(code, Programme.Create(slug, name, null).Error?.Code);
    }

    [Fact]
    public void Describe_TooLong_ReturnsTooLongAndKeepsOldText()
    {
        var programme = Programme.Create("wijkaanpak", "Wijkaanpak", "oud").Value;

        var result = programme.Describe(new string('x', Programme.DescriptionMaxLength + 1));

        Assert.Equal("programme.description.too_long", result.Error?.Code);
        Assert.Equal("oud", programme.Description);
    }

    [Fact]
    public void RenameAndChangeSlug_Valid_Change()
    {
        var programme = WithPillars(1);

        Assert.True(programme.Rename("Nieuwe naam").IsSuccess);
        Assert.True(programme.ChangeSlug("nieuwe-naam").IsSuccess);
        Assert.Equal("programme.slug.invalid", programme.ChangeSlug("Nieuw!").Error?.Code);

        Assert.Equal(("nieuwe-naam", "Nieuwe naam"), (programme.Code, programme.Name));
    }

    [Fact]
    public void SetPillars_RenameReorderAdd_KeepsNumbersAndShowsInGivenOrder()
    {
        var programme = WithPillars(1, 2);
        var health = programme.Pillars[0];

        var errors = programme.SetPillars([(3, "Onderwijs", "Education"), (1, "Gezondheid", null), (2, "Wonen", "Housing")]);

        Assert.Empty(errors);
        Assert.Equal([3, 1, 2], programme.Pillars.Select(p => p.Number));
        Assert.Equal([0, 1, 2], programme.Pillars.Select(p => p.Order));
        Assert.Same(health, programme.Pillars[1]);
        Assert.Equal(("Gezondheid", "Gezondheid"), (health.NameNl, health.NameEn)); // English falls back to Dutch
    }

    [Fact]
    public void SetPillars_PillarLeftOut_RemovesItWithItsKernsetEntries()
    {
        var programme = WithPillars(1, 2);
        Assert.Empty(programme.SetKernset([(10, 1, "18+"), (11, 2, null)]));

        Assert.Empty(programme.SetPillars([(1, "Gezondheid", null)]));

        Assert.Equal([1], programme.Pillars.Select(p => p.Number));
        Assert.Equal([10], programme.CoreIndicators.Select(c => c.IndicatorId));
    }

    [Fact]
    public void SetPillars_BrokenItems_ReportsEachWithIndexAndMemberAndChangesNothing()
    {
        var programme = WithPillars(1);

        var errors = programme.SetPillars([(0, "Nul", null), (2, " ", null), (3, "Drie", null), (3, "Nog eens drie", null)]);

        Assert.Equal(
            [(0, "number", "pillar.number.invalid"), (1, "nameNl", "pillar.name.required"), (3, "number", "pillar.duplicate")],
            errors.Select(e => (e.Index!.Value, e.Member!, e.Error.Code)));
        Assert.Equal([1], programme.Pillars.Select(p => p.Number));
    }

    [Fact]
    public void SetFocusAreas_EditAddRemove_MatchesOnSlug()
    {
        var programme = WithPillars(1);
        Assert.Empty(programme.SetFocusAreas([("batau", "Batau", [BatauNoord]), ("overvecht", "Overvecht", [Overvecht])]));
        var batau = programme.FocusAreas.Single(f => f.Code == "batau");

        var errors = programme.SetFocusAreas([("batau", "Batau (beide)", [BatauZuid, BatauNoord]), ("kanaleneiland", "Kanaleneiland", [AreaCode.From("WK034406")])]);

        Assert.Empty(errors);
        Assert.Equal(["batau", "kanaleneiland"], programme.FocusAreas.Select(f => f.Code).Order());
        Assert.Same(batau, programme.FocusAreas.Single(f => f.Code == "batau"));
        Assert.Equal("Batau (beide)", batau.Name);
        Assert.Equal([BatauNoord, BatauZuid], batau.Members);
        Assert.Equal(AreaCode.From("GM0356"), batau.MunicipalityCode);
    }

    [Fact]
    public void SetFocusAreas_BrokenItems_ReportsMemberOfEachAndChangesNothing()
    {
        var programme = WithPillars(1);

        var errors = programme.SetFocusAreas(
        [
            ("Batau", "Batau", [BatauNoord]),
            ("leeg", "Leeg", []),
            ("gemeente", "Gemeente", [AreaCode.From("GM0344")]),
            ("twee", "Twee gemeenten", [BatauNoord, Overvecht]),
            ("naamloos", "", [Overvecht]),
            ("twee", "Nog eens", [Overvecht]),
        ]);

        Assert.Equal(
            [
                (0, "slug", "focus_area.slug.invalid"),
                (1, "members", "focus_area.empty"),
                (2, "members", "focus_area.level"),
                (3, "members", "focus_area.municipality"),
                (4, "name", "focus_area.name.required"),
                (5, "slug", "focus_area.duplicate"),
            ],
            errors.Select(e => (e.Index!.Value, e.Member!, e.Error.Code)));
        Assert.Empty(programme.FocusAreas);
    }

    [Fact]
    public void SetReferenceAreas_NewOrder_KeepsRowsAndRenumbers()
    {
        var programme = WithPillars(1);
        programme.AddReferenceArea(AreaCode.From("PV26"));
        var province = programme.ReferenceAreas[0];

        Assert.Empty(programme.SetReferenceAreas([AreaCode.From("NL00"), AreaCode.From("PV26")]));

        Assert.Equal(["NL00", "PV26"], programme.ReferenceAreas.OrderBy(r => r.Order).Select(r => r.AreaCode.Value));
        Assert.Same(province, programme.ReferenceAreas.Single(r => r.AreaCode.Value == "PV26"));
    }

    [Fact]
    public void SetReferenceAreas_Repeated_ReturnsDuplicateAtSecond()
    {
        var errors = WithPillars(1).SetReferenceAreas([AreaCode.From("PV26"), AreaCode.From("NL00"), AreaCode.From("PV26")]);

        var error = Assert.Single(errors);
        Assert.Equal((2, "reference_area.duplicate"), (error.Index!.Value, error.Error.Code));
    }

    [Fact]
    public void SetKernset_Entries_OrdersWithinPillarAndKeepsUnchangedRows()
    {
        var programme = WithPillars(1, 2);
        Assert.Empty(programme.SetKernset([(10, 1, "18+"), (11, 1, "18+")]));
        var kept = programme.CoreIndicators.Single(c => c.IndicatorId == 11);

        var errors = programme.SetKernset([(12, 2, null), (11, 1, " 18+ "), (13, 1, "totaal"), (10, 2, "18+")]);

        Assert.Empty(errors);
        Assert.Equal(
            [(1, 0, 11, "18+"), (1, 1, 13, "totaal"), (2, 0, 12, "totaal"), (2, 1, 10, "18+")],
            programme.CoreIndicators.OrderBy(c => c.PillarNumber).ThenBy(c => c.Order).Select(c => (c.PillarNumber, c.Order, c.IndicatorId, c.BreakdownCode)));
        Assert.Same(kept, programme.CoreIndicators.Single(c => c.IndicatorId == 11));
    }

    [Fact]
    public void SetKernset_UnknownPillarAndDuplicate_ReportsBothAndChangesNothing()
    {
        var programme = WithPillars(1);

        var errors = programme.SetKernset([(10, 1, "18+"), (11, 4, null), (10, 1, " 18+")]);

        Assert.Equal(
            [(1, "pillar", "core_indicator.pillar"), (2, "indicator", "core_indicator.duplicate")],
            errors.Select(e => (e.Index!.Value, e.Member!, e.Error.Code)));
        Assert.Empty(programme.CoreIndicators);
    }

    [Fact]
    public void SetWaves_Waves_KeepsOrderAndSources()
    {
        var programme = WithPillars(1);

        var errors = programme.SetWaves(
        [
            ("meting-2020", "Meting 2020", [("50090NED", "2020"), ("kwb", "2023")]),
            ("meting-2016", "Meting 2016", [("50090NED", "2016")]),
        ]);

        Assert.Empty(errors);
        Assert.Equal(["meting-2020", "meting-2016"], programme.Waves.Select(w => w.Slug));
        Assert.Equal([("50090NED", "2020"), ("kwb", "2023")], programme.Waves[0].Sources.Select(s => (s.SourceTable, s.PeriodCode)));
    }

    [Fact]
    public void SetWaves_BrokenItems_ReportsEachAndChangesNothing()
    {
        var programme = WithPillars(1);

        var errors = programme.SetWaves(
        [
            ("Meting", "Meting", [("kwb", "2023")]),
            ("leeg", "Leeg", []),
            ("dubbel", "Dubbel", [("kwb", "2023"), ("KWB", "2024")]),
            ("half", "Half", [("kwb", " ")]),
            ("naamloos", " ", [("kwb", "2023")]),
            ("leeg", "Nog eens leeg", [("kwb", "2023")]),
        ]);

        Assert.Equal(
            [
                (0, "slug", "wave.slug.invalid"),
                (1, "sources", "wave.sources.empty"),
                (2, "sources", "wave.source.duplicate"),
                (3, "sources", "wave.source.required"),
                (4, "name", "wave.name.required"),
                (5, "slug", "wave.duplicate"),
            ],
            errors.Select(e => (e.Index!.Value, e.Member!, e.Error.Code)));
        Assert.Empty(programme.Waves);
    }

    [Fact]
    public void WavePeriodFor_TwoSourcesFeedTheIndicator_FirstListedWins()
    {
        var programme = WithPillars(1);
        programme.SetWaves([("meting-2020", "Meting 2020", [("50090NED", "2020"), ("kwb", "2023"), ("85984NED", "2024")])]);
        var wave = programme.Waves[0];

        Assert.Equal("2023", wave.PeriodFor(["85984NED", "kwb"]));
        Assert.Equal("2024", wave.PeriodFor(["85984NED"]));
        Assert.Equal("2020", wave.PeriodFor(["50090NED"]));
        Assert.Null(wave.PeriodFor(["statline-csv"]));
    }
}
