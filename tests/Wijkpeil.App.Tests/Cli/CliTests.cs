using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Cli;

/// <summary>
/// The <c>wijkpeil</c> tool run in-process, as a user would type it, against a fresh database of each
/// provider: exit codes, what lands on stdout and stderr, and what is (not) stored.
/// </summary>
public sealed class CliTests
{
    private const string Header = "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source";

    // In the export's order (indicator, period, breakdown, area), so the export must equal the file.
    private const string GenericCsv = Header + "\r\n"
        + "GM0344,CliGezond,2016,18+,71.2,,,,GGD-monitor\r\n"
        + "WK034403,CliGezond,2016,18+,63.5,,,,GGD-monitor\r\n"
        + "GM0344,CliGezond,2020,18+,74.8,73.9,75.6,5120,GGD-monitor\r\n"
        + "WK034403,CliGezond,2020,18+,69.9,67.1,72.5,412,GGD-monitor\r\n";

    private const string SmallRegionList = """
        "Key","Title","Description","Municipality","DetailRegionCode"
        "NL00      ","Nederland",,"",""
        "GM0344    ","Utrecht","Gemeente 'Utrecht' (GM0344)","GM0344","GM0344"
        "WK034403  ","Wijk 03 Overvecht","","GM0344","WK034403"
        """;

    public static TheoryData<string> Verbs =>
    [
        "",
        "import",
        "import regions",
        "import statline",
        "import kwb",
        "import statline-csv",
        "import odata",
        "import observations",
        "import boundaries",
        "areas",
        "areas show",
        "indicators",
        "indicators list",
        "export",
        "export observations",
        "users",
        "users add",
        "users list",
        "users disable",
        "users token",
        "demo",
        "demo load",
        "demo remove",
        "subsidies",
        "subsidies anonymise",
        "tasks",
        "tasks run",
    ];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task RunAsync_HelpOnEveryVerb_ExitsZeroWithDutchUsageAndLeavesTheDatabaseAlone(string verb)
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "nooit.db");
        var args = verb.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var run = await RunAsync(SqliteAt(databaseFile), args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Gebruik:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(("wijkpeil " + verb).TrimEnd(), run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
        Assert.False(File.Exists(databaseFile), "--help must not create or migrate the database");
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("import")]
    [InlineData("import xml bestand.xml")]
    [InlineData("areas show")]
    [InlineData("import observations")]
    [InlineData("import kwb bestand.xlsx --year twintig")]
    [InlineData("export observations --format pdf")]
    [InlineData("export observations --area")]
    [InlineData("indicators list --onbekend")]
    public async Task RunAsync_WrongUsage_ExitsTwoWithTheProblemOnStderr(string commandLine)
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "nooit.db");

        var run = await RunAsync(SqliteAt(databaseFile), commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("fout: ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.False(File.Exists(databaseFile), "a usage error must not touch the database");
    }

    [Fact]
    public async Task RunAsync_MissingArgument_NamesTheArgumentInDutch()
    {
        var run = await RunAsync(null, "import", "observations");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("het argument <pad> ontbreekt", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("wijkpeil import observations --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownDatabaseProvider_ExitsOneWithAConfigurationError()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Database:Provider", "Oracle")])
            .Build();

        var run = await RunAsync(configuration, "indicators", "list");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("configuratie", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Oracle", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_GenericCsv_ExportReturnsExactlyThoseRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        var file = folder.Write("gezondheid.csv", GenericCsv);

        var import = await RunAsync(Configuration(database), "import", "observations", file, "--publish", "--by", "test");
        var export = await RunAsync(Configuration(database), "export", "observations", "--format", "csv");

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("gezondheid.csv ingelezen als gepubliceerd: 4 nieuw", import.Stdout, StringComparison.Ordinal);
        Assert.Empty(import.Stderr);
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Equal(GenericCsv, export.Stdout);
        Assert.Empty(export.Stderr);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_SameFileTwice_SecondRunChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        var file = folder.Write("gezondheid.csv", GenericCsv);
        await RunAsync(Configuration(database), "import", "observations", file);

        var again = await RunAsync(Configuration(database), "import", "observations", file);

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("Niets gewijzigd", again.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportObservations_Filters_SelectOnlyMatchingRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        await RunAsync(Configuration(database), "import", "observations", folder.Write("gezondheid.csv", GenericCsv), "--publish");

        var run = await RunAsync(Configuration(database), "export", "observations", "--area", "wk034403", "--indicator", "CliGezond", "--period", "2020");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Header + "\r\nWK034403,CliGezond,2020,18+,69.9,67.1,72.5,412,GGD-monitor\r\n", run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportObservations_DefaultOrIncludeUnpublished_LeavesDraftsOut(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        await RunAsync(Configuration(database), "import", "observations", folder.Write("gezondheid.csv", GenericCsv));

        var everything = await RunAsync(Configuration(database), "export", "observations", "--include-unpublished", "--format", "json");
        var published = await RunAsync(Configuration(database), "export", "observations");

        // A draft's values wait beside the figures (issue 9) and are in no export, with or without the option.
        Assert.Equal(ExitCodes.Success, everything.ExitCode);
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(everything.Stdout).RootElement.GetArrayLength());
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.Equal(Header + "\r\n", published.Stdout);
        Assert.Contains("geen enkele waarde", published.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportObservations_XlsxToFile_WritesAWorkbook(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        await RunAsync(Configuration(database), "import", "observations", folder.Write("gezondheid.csv", GenericCsv), "--publish");
        var output = Path.Combine(folder.Path, "cijfers.xlsx");

        var run = await RunAsync(Configuration(database), "export", "observations", "--format", "xlsx", "--output", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("4 waarden geschreven naar", run.Stdout, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task ExportObservations_XlsxToAWriter_ExitsTwoAskingForOutput()
    {
        var run = await RunAsync(null, "export", "observations", "--format", "xlsx");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--output", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportObservations_UnknownIndicator_ExitsOneNamingIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(Configuration(database), "export", "observations", "--indicator", "BestaatNiet");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("BestaatNiet", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("wijkpeil indicators list", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_MalformedFile_ExitsOneNamingFileRowAndColumnAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        var file = folder.Write("kapot.csv", Header + "\r\n"
            + "WK034403,CliGezond,2020,18+,69.9,,,,GGD-monitor\r\n"
            + "WK034403,CliGezond,2016,18+,veel,,,,GGD-monitor\r\n");

        var run = await RunAsync(Configuration(database), "import", "observations", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("kapot.csv, rij 3, kolom value: waarde 'veel'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("niets opgeslagen", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_SeveralFiles_StoresEachAndReportsEach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        var first = folder.Write("2016.csv", Header + "\r\nGM0344,CliGezond,2016,18+,71.2,,,,GGD-monitor\r\n");
        var second = folder.Write("2020.csv", Header + "\r\nGM0344,CliGezond,2020,18+,74.8,,,,GGD-monitor\r\n");

        var run = await RunAsync(Configuration(database), "import", "observations", first, second);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("2016.csv ingelezen als concept: 1 nieuw", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2020.csv ingelezen als concept: 1 nieuw", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_SecondOfThreeFilesFails_SaysWhichFilesWereStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        await ImportSmallRegionListAsync(database, folder);
        await AddIndicatorAsync(database, "CliGezond");
        var good = folder.Write("goed.csv", Header + "\r\nGM0344,CliGezond,2016,18+,71.2,,,,GGD-monitor\r\n");
        var broken = folder.Write("kapot.csv", Header + "\r\nGM0344,CliGezond,2020,18+,veel,,,,GGD-monitor\r\n");
        var never = folder.Write("later.csv", Header + "\r\nWK034403,CliGezond,2020,18+,69.9,,,,GGD-monitor\r\n");

        var run = await RunAsync(Configuration(database), "import", "observations", good, broken, never);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("goed.csv ingelezen", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("kapot.csv, rij 2, kolom value: waarde 'veel'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Wel ingelezen: goed.csv. Niet ingelezen: kapot.csv, later.csv.", run.Stderr, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(1, await db.PendingObservations.CountAsync(TestContext.Current.CancellationToken)); // goed.csv, a draft
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_MissingFile_ExitsOneNamingThePath(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(Configuration(database), "import", "statline", "/bestaat/niet.xlsx");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("/bestaat/niet.xlsx", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreasShow_AfterTheRegionImport_ShowsOvervechtInUtrecht(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var import = await RunAsync(
            Configuration(database),
            "import",
            "regions",
            TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv"),
            "--provinces",
            TestData.SharedData("cbs/gemeente-provincie.csv"));

        var run = await RunAsync(Configuration(database), "areas", "show", "WK034403");

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("3.393 wijken", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Overvecht", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Utrecht (GM0344)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Utrecht (PV26)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("10 buurten", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreasShow_MalformedCode_ExitsOneNamingTheExpectedFormat(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(Configuration(database), "areas", "show", "XX");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("'XX' is geen geldige CBS-gebiedscode", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("WKnnnnnn", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreasShow_UnknownCode_ExitsOneSayingItIsNotInTheRegister(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(Configuration(database), "areas", "show", "WK999999");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("WK999999 staat niet in het gebiedenregister", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorsList_Formats_ShowTheCatalogue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddIndicatorAsync(database, "CliGezond");

        var table = await RunAsync(Configuration(database), "indicators", "list");
        var csv = await RunAsync(Configuration(database), "indicators", "list", "--format", "csv");
        var json = await RunAsync(Configuration(database), "indicators", "list", "--format", "json");

        Assert.Equal(ExitCodes.Success, table.ExitCode);
        Assert.Contains("CliGezond", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("hoger is beter", table.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, csv.ExitCode);
        Assert.StartsWith("code,name_nl,unit,kind,polarity,pillars,source,curated\nCliGezond,Ervaren gezondheid (test),%,percentage,higherIsBetter,", csv.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, json.ExitCode);
        var first = System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement[0];
        Assert.Equal("CliGezond", first.GetProperty("code").GetString());
        Assert.Equal("percentage", first.GetProperty("kind").GetString());
    }

    private static async Task<CliRun> RunAsync(IConfiguration? configuration, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, stdout, stderr, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The test database, without the embedded default so every test sees only its own data.</summary>
    private static IConfiguration Configuration(TestDatabase database) => new ConfigurationBuilder()
        .AddInMemoryCollection(database.Settings())
        .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
        .Build();

    private static IConfiguration SqliteAt(string file) => new ConfigurationBuilder()
        .AddInMemoryCollection([
            new("Database:Provider", "Sqlite"),
            new("ConnectionStrings:Wijkpeil", $"Data Source={file};Pooling=False"),
            new(WijkpeilStartup.LoadDefaultDataKey, "false"),
        ])
        .Build();

    private static async Task ImportSmallRegionListAsync(TestDatabase database, TempFolder folder)
    {
        var run = await RunAsync(Configuration(database), "import", "regions", folder.Write("regio-2024.csv", SmallRegionList));
        Assert.True(run.ExitCode == ExitCodes.Success, run.Stderr);
    }

    private static async Task AddIndicatorAsync(TestDatabase database, string code)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var indicator = Indicator.Create(code, "Ervaren gezondheid (test)", "Self-rated health (test)", IndicatorKind.Percentage, Polarity.HigherIsBetter, "%").Value;
        indicator.Describe("Test.", "Test.", "RIVM/GGD", "inwoners van 18 jaar en ouder"); // described: an undescribed indicator is not in public exports
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
