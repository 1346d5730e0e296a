using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.Domain.Tests.Lessons;

public sealed class LessonTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 13, 0, 0, TimeSpan.Zero);

    private static LessonDetails Quick(string? title = "Spreekuur in het buurthuis werkt beter dan op het stadskantoor") => new(
        title,
        "Het wijkteam hield een spreekuur in NOA Tamarinde in plaats van op het stadskantoor.",
        "Er kwamen drie keer zo veel bewoners, vooral mensen die de gemeente anders niet bereikt.",
        "Een vaste tijd, een bekend gezicht en koffie.",
        LessonMaturity.PracticalExperience);

    [Fact]
    public void Create_FiveFields_KeepsThemTrimmedAndUnpublished()
    {
        var lesson = Lesson.Create(Quick("  Spreekuur in de wijk  "), Now).Value;

        Assert.Equal("Spreekuur in de wijk", lesson.Title);
        Assert.Equal(LessonMaturity.PracticalExperience, lesson.Maturity);
        Assert.False(lesson.IsPublished);
        Assert.Equal(Now, lesson.CreatedAt);
    }

    [Theory]
    [InlineData(null, "lesson.title.required", "title")]
    [InlineData("   ", "lesson.title.required", "title")]
    public void Create_NoTitle_RefusedAtTheTitle(string? title, string code, string field)
    {
        var error = Lesson.Create(Quick(title), Now).Error!;

        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Create_NothingHappened_RefusedAtWhatHappened()
    {
        var error = Lesson.Create(Quick() with { WhatHappened = " " }, Now).Error!;

        Assert.Equal("lesson.happened.required", error.Code);
        Assert.Equal("whatHappened", error.Field);
    }

    [Fact]
    public void Create_UnknownMaturity_Refused()
    {
        var error = Lesson.Create(Quick() with { Maturity = (LessonMaturity)9 }, Now).Error!;

        Assert.Equal("lesson.maturity.invalid", error.Code);
    }

    [Fact]
    public void Create_IndicatorWithoutCaveat_RefusedAtTheCaveat()
    {
        var error = Lesson.Create(Quick() with { IndicatorCode = "eenzaamheid" }, Now).Error!;

        Assert.Equal("lesson.caveat.required", error.Code);
        Assert.Equal("outcomeCaveat", error.Field);
    }

    [Fact]
    public void Create_OutputWithoutProject_Refused()
    {
        var error = Lesson.Create(Quick() with { OutputMeasureId = 4, OutcomeCaveat = "Kleine aantallen." }, Now).Error!;

        Assert.Equal("lesson.output.project_required", error.Code);
    }

    [Fact]
    public void Create_EventSourceWithoutEvent_RefusedAtTheEvent()
    {
        var error = Lesson.Create(Quick() with { SourceKind = LessonSourceKind.Event }, Now).Error!;

        Assert.Equal("lesson.source.event_required", error.Code);
        Assert.Equal("sourceEventId", error.Field);
    }

    [Fact]
    public void Create_ReportSource_KeepsOnlyTheRegisteredSource()
    {
        var lesson = Lesson.Create(Quick() with { SourceKind = LessonSourceKind.ExternalReport, SourceId = 1, SourceEventId = 7 }, Now).Value;

        Assert.Equal(1, lesson.SourceId);
        Assert.Null(lesson.SourceEventId);
    }

    [Fact]
    public void Create_Tags_LowerCasedOnceEach()
    {
        var lesson = Lesson.Create(Quick() with { Tags = ["Jongeren", " jongeren ", "", "Buurthuis"], FocusAreaCodes = ["Overvecht", "overvecht"] }, Now).Value;

        Assert.Equal(["jongeren", "buurthuis"], lesson.Tags);
        Assert.Equal(["overvecht"], lesson.FocusAreaCodes);
    }

    [Fact]
    public void Create_TooManyTags_Refused()
    {
        var error = Lesson.Create(Quick() with { Tags = [.. Enumerable.Range(1, Lesson.MaxTags + 1).Select(i => "tag" + i)] }, Now).Error!;

        Assert.Equal("lesson.tags.too_many", error.Code);
        Assert.Equal("tags", error.Field);
    }

    [Fact]
    public void Change_Refused_ChangesNothing()
    {
        var lesson = Lesson.Create(Quick(), Now).Value;

        var changed = lesson.Change(Quick() with { Title = "Nieuw", WhatWasTried = "" }, Now.AddDays(1));

        Assert.False(changed.IsSuccess);
        Assert.Equal("Spreekuur in het buurthuis werkt beter dan op het stadskantoor", lesson.Title);
        Assert.Equal(Now, lesson.UpdatedAt);
    }

    [Fact]
    public void SearchText_JoinsTheProseInReadingOrder()
    {
        var lesson = Lesson.Create(Quick() with { Context = "Overvecht-Noord." }, Now).Value;

        Assert.StartsWith("Overvecht-Noord.\n\nHet wijkteam", lesson.SearchText(), StringComparison.Ordinal);
        Assert.EndsWith("koffie.", lesson.SearchText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_ThenWithdraw_LeavesTheLibrary()
    {
        var lesson = Lesson.Create(Quick(), Now).Value;

        lesson.Publish();
        Assert.True(lesson.IsPublished);
        lesson.Withdraw();
        Assert.False(lesson.IsPublished);
    }
}
