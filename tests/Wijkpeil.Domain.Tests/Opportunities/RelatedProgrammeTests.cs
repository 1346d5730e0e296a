using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class RelatedProgrammeTests
{
    private static RelatedProgrammeDetails Details(params string[] themes) =>
        new("Programma Sport en Bewegen", "Sport in de wijk.", themes, "team-sport@provincie-utrecht.example");

    [Fact]
    public void Create_Valid_KeepsThemesAsTypedTrimmed()
    {
        var programme = RelatedProgramme.Create(Details(" sport ", "Bewegen")).Value;

        Assert.Equal(["sport", "Bewegen"], programme.Themes);
        Assert.Equal("team-sport@provincie-utrecht.example", programme.Contact);
    }

    [Fact]
    public void Create_ThemesTheSameButForCaseOrAccents_KeptOnce() =>
        Assert.Equal(["Ideeën"], RelatedProgramme.Create(Details("Ideeën", "ideeen", "IDEEËN")).Value.Themes);

    [Fact]
    public void Create_NoTheme_RefusedAtTheThemes()
    {
        var error = RelatedProgramme.Create(Details(" ")).Error;

        Assert.Equal("related_programme.themes.required", error?.Code);
        Assert.Equal("themes", error?.Field);
    }

    [Fact]
    public void Create_ThemeOfTwoLetters_RefusedAsTooShort() =>
        Assert.Equal("related_programme.theme.too_short", RelatedProgramme.Create(Details("sport", "o-v")).Error?.Code);

    [Fact]
    public void Create_TooManyThemes_Refused() =>
        Assert.Equal("related_programme.themes.too_many", RelatedProgramme.Create(Details([.. Enumerable.Range(1, RelatedProgramme.MaxThemes + 1).Select(i => $"thema{i}")])).Error?.Code);

    [Fact]
    public void Create_BlankName_Refused() =>
        Assert.Equal("related_programme.name.required", RelatedProgramme.Create(Details("sport") with { Name = "" }).Error?.Code);

    [Fact]
    public void Change_Refused_ChangesNothing()
    {
        var programme = RelatedProgramme.Create(Details("sport")).Value;

        Assert.False(programme.Change(Details() with { Name = "Ander programma" }).IsSuccess);
        Assert.Equal("Programma Sport en Bewegen", programme.Name);
        Assert.Equal(["sport"], programme.Themes);
    }
}
