using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Export;

/// <summary>
/// Issue 9, defect 4: text that a spreadsheet would run as a formula comes out of every CSV the product writes
/// with an apostrophe in front, through every route a reader can take to it.
/// </summary>
public sealed class CsvInjectionTests
{
    private static readonly string[] FormulaStarts = ["=", "+", "-", "@", "\t", "\r"];

    public static TheoryData<DatabaseProvider, string> ApiRoutes()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Providers.All)
        {
            data.Add(provider, "/api/v1/observations?format=csv"); // the /data page's "everything" download
            data.Add(provider, "/api/v1/observations?area=GM0344&format=csv"); // the area page's download
            data.Add(provider, $"/api/v1/observations?indicator={ApiTestData.Inhabitants}&format=csv"); // the /data page's form per indicator
        }

        return data;
    }

    [Theory, MemberData(nameof(ApiRoutes))]
    public async Task ApiCsv_BreakdownAndSourceStartingWithFormulaCharacters_AreNeutralised(DatabaseProvider provider, string path)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();

        var csv = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        AssertNeutralised(CsvText.Parse(csv));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CliExportCsv_BreakdownAndSourceStartingWithFormulaCharacters_AreNeutralised(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var (exitCode, stdout, stderr) = await RunCliAsync(database, "export", "observations", "--format", "csv");

        Assert.True(exitCode == ExitCodes.Success, stderr);
        AssertNeutralised(CsvText.Parse(stdout));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CliIndicatorsListCsv_NameAndUnitStartingWithFormulaCharacters_AreNeutralised(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var formula = Indicator.Create("formule", "=HYPERLINK(\"http://evil.example\")", "formula", IndicatorKind.Score, Polarity.Neutral, "-").Value;
            formula.Describe("Formule.", "Formula.", "test", "-"); // described: an undescribed indicator is not in public downloads
            db.Indicators.Add(formula);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (exitCode, stdout, stderr) = await RunCliAsync(database, "indicators", "list", "--format", "csv");

        Assert.True(exitCode == ExitCodes.Success, stderr);
        var row = Assert.Single(CsvText.Parse(stdout).Skip(1));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", row[1]);
        Assert.Equal("'-", row[2]);
    }

    /// <summary>
    /// The register, and per formula character one published figure whose breakdown and source start with it; the
    /// value is a plain number. One import per character, because the source is per import.
    /// </summary>
    internal static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        for (var i = 0; i < FormulaStarts.Length; i++)
        {
            await ApiTestData.ImportAsync(
                database,
                publish: true,
                string.Create(CultureInfo.InvariantCulture, $"formule-{i}.csv"),
                FormulaStarts[i] + "SUM(1+1)*cmd|' /C calc'!A0",
                ("GM0344", ApiTestData.Inhabitants, "2022", BreakdownFor(FormulaStarts[i]), 1000 + i, null, null, null));
        }
    }

    // Breakdown codes are stored trimmed, so a tab or carriage return cannot lead one; sources keep them.
    private static string BreakdownFor(string start) =>
        string.IsNullOrWhiteSpace(start) ? "gewoon" + (int)start[0] : start + "cmd|' /C calc'!A0";

    private static void AssertNeutralised(List<string[]> rows)
    {
        Assert.Equal("area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source", string.Join(',', rows[0]));
        var figures = rows.Skip(1).ToList();
        Assert.Equal(FormulaStarts.Length, figures.Count);
        foreach (var start in FormulaStarts)
        {
            var breakdown = BreakdownFor(start);
            var row = Assert.Single(figures, r => r[3] == (breakdown == start + "cmd|' /C calc'!A0" ? "'" + breakdown : breakdown));
            Assert.Equal("'" + start + "SUM(1+1)*cmd|' /C calc'!A0", row[8]);
            Assert.Equal(1000 + Array.IndexOf(FormulaStarts, start), double.Parse(row[4], CultureInfo.InvariantCulture));
        }

        Assert.All(figures.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, stdout, stderr, TestContext.Current.CancellationToken);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
