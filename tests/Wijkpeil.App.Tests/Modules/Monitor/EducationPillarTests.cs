using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Modules.Monitor.ShowAreaProfile;
using Wijkpeil.App.Modules.Monitor.ShowOverview;
using Wijkpeil.App.Tests.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// Pillar 4 (onderwijs, issue 11 point 4): its kernset indicators are defined and mapped to the kwb education columns;
/// without figures the pages say so in words, and a kwb file with those columns filled fills the pillar.
/// </summary>
public sealed class EducationPillarTests
{
    private const string KwbFile = "kwb-2023-opleiding.xlsx";

    private static readonly string[] Header = ["gwb_code_10", "gwb_code_8", "regio", "gm_naam", "recs", "gwb_code", "ind_wbi", "a_inw", "a_opl_lg", "a_opl_md", "a_opl_hg"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KwbWithEducationColumns_FillsPillarFourThatSaidItHadNoFiguresYet(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await using var scope = database.CreateScope();
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            await seeder.SeedCatalogueAsync(ct);
            await seeder.SeedProgrammeAsync(ct);
            await ParserPipeline.SeedAsync(
                database,
                new Area(AreaCode.From("GM0344"), "Utrecht", null, [2023]),
                new Area(AreaCode.From("WK034403"), "Wijk 03 Overvecht", AreaCode.From("GM0344"), [2023]));
        });
        using var client = app.CreateClient();

        // Defined, but no figures: the area page and the overview say so in words, naming what is not yet published.
        var before = await client.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), ct);
        Assert.Contains("Voor deze pijler zijn nog geen wijkcijfers gepubliceerd in de gebundelde bronnen.", before, StringComparison.Ordinal);
        Assert.Contains("Nog niet gepubliceerd: Opleidingsniveau laag, Opleidingsniveau middelbaar, Opleidingsniveau hoog", before, StringComparison.Ordinal);
        var overview = await QueryAsync(app, (ShowOverviewQuery q) => q.GetAsync("vitale-wijken", Audience.Public, ct));
        Assert.Contains(4, overview!.PillarsWithoutFigures);
        using var english = app.CreateClient();
        using (await english.GetAsync(new Uri("/taal/en-GB?terug=/", UriKind.Relative), ct))
        {
        }

        var inEnglish = await english.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), ct);
        Assert.Contains("No district figures have been published for this pillar in the bundled sources yet.", inEnglish, StringComparison.Ordinal);

        var file = TestWorkbook.Xlsx("kwb", Header, ["WK034403", "034403", "Wijk 03 Overvecht", "Utrecht", "Wijk", "WK034403", "1", "34910", "9120", "10850", "8730"]);
        var outcome = await ParserPipeline.ImportBytesAsync(app.Database, new KwbParser(), KwbFile, file);
        Assert.True(outcome.Succeeded, outcome.Message);

        var profile = await QueryAsync(app, (ShowAreaProfileQuery q) => q.GetAsync("WK034403", null, Audience.Public, ct));
        var education = Assert.Single(profile!.Programmes).Pillars.Single(p => p.Pillar.Number == 4);
        Assert.Equal(
            [("OpleidingsniveauLaag", 9120.0), ("OpleidingsniveauMiddelbaar", 10850.0), ("OpleidingsniveauHoog", 8730.0)],
            education.Indicators.Select(i => (i.Indicator.Code, i.Latest!.Value!.Value)));
        Assert.All(education.Indicators, i => Assert.Equal("2023", i.Latest!.PeriodCode));
        overview = await QueryAsync(app, (ShowOverviewQuery q) => q.GetAsync("vitale-wijken", Audience.Public, ct));
        Assert.DoesNotContain(4, overview!.PillarsWithoutFigures);
    }

    private static async Task<T> QueryAsync<TQuery, T>(WijkpeilAppFactory app, Func<TQuery, Task<T>> query)
        where TQuery : notnull
    {
        await using var scope = app.Database.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TQuery>());
    }
}
