namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>One page of each type the public monitor has, on the bundled real data.</summary>
/// <param name="Name">Short name, used in file names of screenshots.</param>
/// <param name="Path">Where to go; the English page goes through the language switch, as a reader would.</param>
/// <param name="Status">The HTTP status the page must answer with.</param>
public sealed record SitePage(string Name, string Path, int Status = 200)
{
    public override string ToString() => Name;
}

public static class SitePages
{
    public static IReadOnlyList<SitePage> All { get; } =
    [
        new("overzicht", "/"),
        new("wijk-overvecht", "/wijken/WK034403"),
        new("indicator-ervaren-gezondheid", "/indicatoren/ErvarenGezondheidGoedZeerGoed?gebied=WK034403"),
        new("vergelijk", "/vergelijk?gebieden=WK034403,WK030703"),
        new("factsheet-overvecht-2020", "/factsheets/overvecht/2020"),
        new("open-data", "/data"),
        new("inloggen", "/inloggen"),
        new("niet-gevonden", "/deze-pagina-bestaat-niet", 404),
        new("wijk-overvecht-en", "/taal/en-GB?terug=%2Fwijken%2FWK034403"),
    ];

    public static TheoryData<SitePage> Data => [.. All];
}
