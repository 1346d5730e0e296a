using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Import.Formats;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Cli;

/// <summary>
/// Hostile or broken input files on the command line (issue 9, defect 7 and point 9): the tool exits with
/// the input-error code, names the file and the place, says the real cause, and never echoes megabytes.
/// </summary>
public sealed class ImportRefusalCliTests
{
    private const int MaxStderr = 2_000;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportOData_InvalidUtf8_ExitsOneNamingFileByteAndLine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        var text = "{\"value\":[\n{\"WijkenEnBuurten\":\"GM0344\",\"Perioden\":\"2024JJ00\",\"AantalInwoners_5\":374238},\n{\"WijkenEnBuurten\":\"GM";
        var file = folder.Write("data.json", Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("0345\",\"Perioden\":\"2024JJ00\",\"AantalInwoners_5\":1}\n]}")).ToArray());

        var run = await RunAsync(Configuration(database), "import", "odata", file, "--table", "85984NED", "--year", "2024");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("data.json, rij 3", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"byte {InputText.Count(Encoding.UTF8.GetByteCount(text))}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkpeil zelf", run.Stderr, StringComparison.Ordinal);
        await AssertNothingStoredAsync(database);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportStatLine_CellOf50MB_ExitsOneWithAShortMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        var file = folder.Write("groot.xlsx", XlsxBomb.Workbook(XlsxBomb.Sheet(s =>
        {
            XlsxBomb.Write(s, """<row r="1"><c r="A1" t="inlineStr"><is><t>WijkenEnBuurten</t></is></c><c r="B1" t="inlineStr"><is><t>Perioden</t></is></c><c r="C1" t="inlineStr"><is><t>Overgewicht_9</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>GM0344</t></is></c><c r="B2" t="inlineStr"><is><t>2020JJ00</t></is></c><c r="C2" t="inlineStr"><is><t>""");
            XlsxBomb.Repeat(s, "7", 50_000_000);
            XlsxBomb.Write(s, "</t></is></c></row>");
        })));

        var run = await RunAsync(Configuration(database), "import", "statline", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("groot.xlsx, rij 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("32.767", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.Stderr.Length < MaxStderr, $"{run.Stderr.Length} characters on stderr");
        await AssertNothingStoredAsync(database);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportObservations_LineOf50MB_ExitsOneNamingTheLongFieldNotTheEncoding(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        var file = folder.Write("lang.csv", "area_code,indicator_code,period,value\nGM0344,AantalInwoners,2024," + new string('7', 50_000_000) + "\n");

        var run = await RunAsync(Configuration(database), "import", "observations", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("lang.csv, rij 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("langer dan 32.767 tekens", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("UTF-8", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.Stderr.Length < MaxStderr, $"{run.Stderr.Length} characters on stderr");
        await AssertNothingStoredAsync(database);
    }

    private static async Task AssertNothingStoredAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<CliRun> RunAsync(IConfiguration configuration, params string[] args)
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

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
