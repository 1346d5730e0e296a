using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.Domain.Tests.Lessons;

public sealed class LessonSourceTests
{
    [Fact]
    public void Create_ReportWithAddress_Kept()
    {
        var source = LessonSource.Create(LessonSourceKind.ExternalReport, " Tussenevaluatie ", "https://example.nl/rapport.pdf").Value;

        Assert.Equal("Tussenevaluatie", source.Title);
        Assert.Equal("https://example.nl/rapport.pdf", source.Url);
    }

    [Theory]
    [InlineData("example.nl/rapport")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.nl/rapport")]
    public void Create_AddressNotHttp_RefusedAtTheAddress(string url)
    {
        var error = LessonSource.Create(LessonSourceKind.Evaluation, "Evaluatie", url).Error!;

        Assert.Equal("lesson_source.url.invalid", error.Code);
        Assert.Equal("sourceUrl", error.Field);
    }

    [Fact]
    public void Create_EventKind_Refused()
    {
        Assert.Equal("lesson_source.kind.invalid", LessonSource.Create(LessonSourceKind.Event, "Bijeenkomst", null).Error!.Code);
    }

    [Fact]
    public void KnownSources_AreValidReportsWithDistinctIds()
    {
        Assert.All(KnownLessonSources.All, seed => Assert.True(LessonSource.Create(seed.Kind, seed.Title, seed.Url).IsSuccess));
        Assert.Equal(KnownLessonSources.All.Count, KnownLessonSources.All.Select(s => s.Id).Distinct().Count());
    }
}
