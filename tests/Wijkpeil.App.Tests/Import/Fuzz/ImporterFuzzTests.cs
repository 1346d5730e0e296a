using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Import.Fuzz;

/// <summary>
/// Property-based and fuzz tests of every importer (issue 9, point 10). Inputs are real files from
/// shared/data with up to four mutations each (see <see cref="Mutator"/>), and random bytes. Every input must
/// either import or be refused with issues that name the file (and row or column where there is one), never
/// throw anything else, never allocate more than a bound, never echo more than a short message, and never
/// change the database when refused. Seeded and bounded: see <see cref="FuzzRun"/>. The class runs alone
/// (<see cref="FuzzRunsAlone"/>), so that process-wide allocation counts measure its inputs only.
/// </summary>
[Collection(nameof(FuzzRunsAlone))]
public sealed class ImporterFuzzTests
{
    private const int MaxIssueText = 2_000;

    [Fact]
    public Task StatLine_MutatedWorkbooks_ImportOrAreRefused() =>
        FuzzRun.SampleAsync("statline", Inputs(FuzzCorpus.StatLine, zip: true), input =>
        {
            CheckParse(new StatLineParser(), Workbook(FuzzCorpus.StatLine, input), "50090NED-gezondheid-2020-18plus.xlsx", new ImportOptions());
            return Task.CompletedTask;
        });

    [Fact]
    public Task Kwb_MutatedWorkbooks_ImportOrAreRefused() =>
        FuzzRun.SampleAsync("kwb", Inputs(FuzzCorpus.Kwb, zip: true), input =>
        {
            CheckParse(new KwbParser(), Workbook(FuzzCorpus.Kwb, input), "kwb-2023-gemeente-utrecht.xlsx", new ImportOptions(Year: 2023));
            return Task.CompletedTask;
        });

    [Fact]
    public Task StatLineCsv_MutatedExports_ImportOrAreRefused() =>
        FuzzRun.SampleAsync("statline-csv", Inputs(FuzzCorpus.StatLineCsv, zip: false), input =>
        {
            CheckParse(new StatLineCsvParser(), Text(FuzzCorpus.StatLineCsv, input), "statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv", new ImportOptions());
            return Task.CompletedTask;
        });

    [Fact]
    public Task OData_MutatedExtracts_ImportOrAreRefused() =>
        FuzzRun.SampleAsync("odata", Inputs(FuzzCorpus.OData, zip: false), input =>
        {
            CheckParse(new ODataParser(), Text(FuzzCorpus.OData, input), "stripped_filtered_data_2024.json", new ImportOptions(SourceDirectory: FuzzCorpus.ODataFolder));
            return Task.CompletedTask;
        });

    [Fact]
    public async Task ODataMetadata_MutatedDataProperties_AreReadOrRefused()
    {
        using var folder = new TempFolder();
        var properties = await File.ReadAllBytesAsync(Path.Combine(FuzzCorpus.ODataFolder, ODataParser.DataPropertiesFile), TestContext.Current.CancellationToken);
        File.Copy(Path.Combine(FuzzCorpus.ODataFolder, ODataParser.TableInfosFile), Path.Combine(folder.Path, ODataParser.TableInfosFile));
        await FuzzRun.SampleAsync("odata-metadata", Inputs([properties], zip: false), async input =>
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.Path, ODataParser.DataPropertiesFile), Mutator.ApplyText(properties, input.Mutations));
            CheckParse(new ODataParser(), FuzzCorpus.OData[0], "stripped_filtered_data_2024.json", new ImportOptions(SourceDirectory: folder.Path), ODataParser.DataPropertiesFile, ODataParser.TableInfosFile);
        }, share: 0.25);
    }

    [Fact]
    public Task Observations_MutatedCsv_ImportOrAreRefused() =>
        FuzzRun.SampleAsync("observations", Inputs(FuzzCorpus.Observations, zip: false), input =>
        {
            CheckParse(new ObservationsCsvParser(), Text(FuzzCorpus.Observations, input), "waarden.csv", new ImportOptions());
            return Task.CompletedTask;
        });

    /// <summary>The CBS region list and the gemeente–provincie table as the region importer reads them, before any database work.</summary>
    [Fact]
    public async Task Regions_MutatedRegionLists_AreReadOrRefused()
    {
        using var folder = new TempFolder();
        await FuzzRun.SampleAsync("regions", Inputs(FuzzCorpus.Regions, zip: false), input =>
        {
            var regions = folder.Write("regio-2024.csv", Text(FuzzCorpus.Regions, input));
            var provinces = folder.Write("gemeente-provincie.csv", Mutator.ApplyText(FuzzCorpus.Provinces[0], Enumerable.Reverse(input.Mutations)));
            CheckRead("regions", regions, (path, issues) => RegionFileReader.ReadRegions(path, issues).Count);
            CheckRead("regions", provinces, (path, issues) => RegionFileReader.ReadProvinceAssignments(path, issues).Count);
            return Task.CompletedTask;
        });
    }

    /// <summary>GeoJSON as the boundary importer reads and checks it, before any database work.</summary>
    [Fact]
    public async Task Boundaries_MutatedGeoJson_AreReadOrRefused()
    {
        using var folder = new TempFolder();
        await FuzzRun.SampleAsync("boundaries", Inputs(FuzzCorpus.Boundaries, zip: false), async input =>
        {
            var path = folder.Write("buurt_2024.geojson", Text(FuzzCorpus.Boundaries, input));
            // The read awaits a file, so it may continue on another thread: count the whole process (the class runs alone).
            var before = GC.GetTotalAllocatedBytes();
            var issues = new List<ImportIssue>();
            try
            {
                await BoundaryImporter.ReadFeaturesAsync(path, "buurt_2024.geojson", new ImportOptions(), issues, TestContext.Current.CancellationToken);
            }
            catch (Exception ex)
            {
                throw new FuzzPropertyException($"boundaries threw {ex.GetType().Name}: {ex.Message}", ex);
            }

            CheckAllocation("boundaries", GC.GetTotalAllocatedBytes() - before, (int)new FileInfo(path).Length);
            CheckIssues("boundaries", issues.Count == 0, issues, ["buurt_2024.geojson"]);
        });
    }

    /// <summary>The region importer on SQLite: a refused file leaves the register as it was.</summary>
    [Fact]
    public async Task Regions_MutatedRegionListsOnSqlite_RefusalChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new TempFolder();
        await FuzzRun.SampleAsync("regions-sqlite", Inputs(FuzzCorpus.Regions, zip: false), async input =>
        {
            var regions = folder.Write("regio-2024.csv", Text(FuzzCorpus.Regions, input));
            var provinceFile = input.Mutations.Length % 2 == 1 ? folder.Write("gemeente-provincie.csv", Mutator.ApplyText(FuzzCorpus.Provinces[0], Enumerable.Reverse(input.Mutations))) : null;
            await CheckImportAsync(database, "regions", async scope => await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(regions, provinceFile, new ImportOptions(), TestContext.Current.CancellationToken), ["regio-2024.csv", "gemeente-provincie.csv"]);
        }, share: 0.005);
    }

    /// <summary>The boundary importer on SQLite: a refused file leaves the stored polygons as they were.</summary>
    [Fact]
    public async Task Boundaries_MutatedGeoJsonOnSqlite_RefusalChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new TempFolder();
        await using (var scope = database.CreateScope())
        {
            var regions = folder.Write("regio-2024.csv", FuzzCorpus.Regions[0]);
            Assert.True((await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(regions, null, new ImportOptions(), TestContext.Current.CancellationToken)).Succeeded);
        }

        await FuzzRun.SampleAsync("boundaries-sqlite", Inputs(FuzzCorpus.Boundaries, zip: false), async input =>
        {
            var path = folder.Write("buurt_2024.geojson", Text(FuzzCorpus.Boundaries, input));
            await CheckImportAsync(database, "boundaries", async scope => await scope.ServiceProvider.GetRequiredService<BoundaryImporter>().ImportAsync(path, new ImportOptions(), TestContext.Current.CancellationToken), ["buurt_2024.geojson"]);
        }, share: 0.005);
    }

    /// <summary>The full observation importer on SQLite, for the formats it reads: a refused file leaves the database exactly as it was.</summary>
    [Fact]
    public async Task ObservationImporter_MutatedFilesOnSqlite_RefusalChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await ParserPipeline.SeedAsync(
            database,
            new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]),
            new Area(AreaCode.From("WK034403"), "Wijk 03 Overvecht", AreaCode.From("GM0344"), [2024]),
            new Area(AreaCode.From("WK034401"), "Wijk 01 West", AreaCode.From("GM0344"), [2024]),
            Indicator.Create("FuzzPercentage", "Fuzz percentage", "Fuzz percentage", IndicatorKind.Percentage, Polarity.Neutral, "%").Value,
            Indicator.Create("FuzzAantal", "Fuzz aantal", "Fuzz count", IndicatorKind.Count, Polarity.Neutral, "aantal").Value,
            Indicator.Create("FuzzAfstand", "Fuzz afstand", "Fuzz distance", IndicatorKind.Mean, Polarity.Neutral, "km").Value);
        await FuzzRun.SampleAsync("importer-sqlite", Inputs(FuzzCorpus.Observations, zip: true), async input =>
        {
            var format = (input.Seed + input.Mutations.Length) % 3;
            (IDatasetParser parser, string name, byte[] bytes) = format switch
            {
                0 => ((IDatasetParser)new ObservationsCsvParser(), "waarden.csv", Text(FuzzCorpus.Observations, input with { Seed = 0 })),
                1 => (new StatLineCsvParser(), "statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv", Text(FuzzCorpus.StatLineCsv, input with { Seed = 0 })),
                _ => (new StatLineParser(), "50090NED-gezondheid-2020-18plus.xlsx", Workbook(FuzzCorpus.StatLine, input with { Seed = 0 })),
            };
            await CheckImportAsync(database, parser.Format, scope => ImportBytesAsync(scope, parser, name, bytes), [name]);
        }, share: 0.005);
    }

    private static Gen<FuzzInput> Inputs(List<byte[]> corpus, bool zip) =>
        Gen.Select(Gen.Int[0, corpus.Count - 1], Mutator.Mutations(zip), (seed, mutations) => new FuzzInput(seed, mutations));

    private static byte[] Text(List<byte[]> corpus, FuzzInput input) => Mutator.ApplyText(corpus[input.Seed % corpus.Count], input.Mutations);

    private static byte[] Workbook(List<byte[]> sheets, FuzzInput input) =>
        Mutator.ApplyZip(FuzzCorpus.Pack(Mutator.ApplyText(sheets[input.Seed % sheets.Count], input.Mutations)), input.Mutations);

    /// <summary>A parse either succeeds without issues or fails with short issues that name the file; it throws nothing and allocates a bounded amount.</summary>
    private static void CheckParse(IDatasetParser parser, byte[] bytes, string fileName, ImportOptions options, params string[] otherFiles)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        ParseResult result;
        try
        {
            using var stream = new MemoryStream(bytes);
            result = parser.Parse(stream, fileName, options);
        }
        catch (Exception ex)
        {
            throw new FuzzPropertyException($"{parser.Format} threw {ex.GetType().Name} on {bytes.Length} bytes: {ex.Message}", ex);
        }

        CheckAllocation(parser.Format, GC.GetAllocatedBytesForCurrentThread() - before, bytes.Length);
        CheckIssues(parser.Format, result.Dataset is not null, result.Issues, [fileName, .. otherFiles]);
    }

    /// <summary>A file reader that adds issues to a list: it throws nothing, allocates a bounded amount and names the file.</summary>
    private static void CheckRead(string importer, string path, Func<string, List<ImportIssue>, int> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var issues = new List<ImportIssue>();
        try
        {
            read(path, issues);
        }
        catch (Exception ex)
        {
            throw new FuzzPropertyException($"{importer} threw {ex.GetType().Name}: {ex.Message}", ex);
        }

        CheckAllocation(importer, GC.GetAllocatedBytesForCurrentThread() - before, (int)new FileInfo(path).Length);
        CheckIssues(importer, issues.Count == 0, issues, [Path.GetFileName(path)]);
    }

    private static void CheckAllocation(string importer, long allocated, int inputBytes)
    {
        if (allocated > MemoryBound(inputBytes))
        {
            throw new FuzzPropertyException($"{importer} allocated {allocated:N0} bytes for an input of {inputBytes:N0} bytes");
        }
    }

    /// <summary>64 MiB plus 64 bytes for every input byte: a parse keeps the file's values, never what an archive claims to expand to.</summary>
    private static long MemoryBound(int inputBytes) => (64L << 20) + (64L * inputBytes);

    private static void CheckIssues(string importer, bool succeeded, IReadOnlyList<ImportIssue> issues, string[] files)
    {
        if (succeeded)
        {
            if (issues.Count > 0)
            {
                throw new FuzzPropertyException($"{importer} succeeded with issues: {issues[0]}");
            }

            return;
        }

        if (issues.Count == 0)
        {
            throw new FuzzPropertyException($"{importer} refused the file without saying why");
        }

        foreach (var issue in issues)
        {
            if (!files.Contains(issue.File))
            {
                throw new FuzzPropertyException($"{importer}: an issue names '{issue.File}' instead of the file: {issue}");
            }

            if (issue.ToString().Length > MaxIssueText)
            {
                throw new FuzzPropertyException($"{importer}: an issue of {issue.ToString().Length:N0} characters echoes the input");
            }
        }
    }

    private static async Task CheckImportAsync(TestDatabase database, string importer, Func<AsyncServiceScope, Task<ImportOutcome>> import, string[] files)
    {
        var before = await FingerprintAsync(database);
        ImportOutcome outcome;
        try
        {
            await using var scope = database.CreateScope();
            outcome = await import(scope);
        }
        catch (Exception ex)
        {
            throw new FuzzPropertyException($"{importer} threw {ex.GetType().Name}: {ex.Message}", ex);
        }

        if (!outcome.Succeeded)
        {
            CheckIssues(importer, false, outcome.Issues, files);
            var after = await FingerprintAsync(database);
            if (after != before)
            {
                throw new FuzzPropertyException($"{importer} refused the file but changed the database: {before} → {after}");
            }
        }
        else if (outcome.Message.Length > MaxIssueText * 2)
        {
            throw new FuzzPropertyException($"{importer}: a success message of {outcome.Message.Length:N0} characters");
        }
    }

    private static async Task<ImportOutcome> ImportBytesAsync(AsyncServiceScope scope, IDatasetParser parser, string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(parser, stream, name, new ImportOptions(), TestContext.Current.CancellationToken);
    }

    /// <summary>What the database holds: row counts and sums of every table an import writes.</summary>
    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        var token = TestContext.Current.CancellationToken;
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var counts = await ParserPipeline.CountAsync(database);
        var values = await db.Observations.SumAsync(o => o.Value, token);
        var areas = await db.Areas.OrderBy(a => a.Id).Select(a => new { a.Name, a.ParentCode }).ToListAsync(token);
        var names = areas.Select(a => $"{a.Name}|{a.ParentCode}");
        var boundaries = await db.AreaBoundaries.OrderBy(b => b.Id).Select(b => b.GeometryJson.Length).ToListAsync(token);
        return $"{counts} sum {values:R} areas {string.Join(';', names).GetHashCode(StringComparison.Ordinal)} boundaries {boundaries.Count}/{boundaries.Sum()}";
    }
}

/// <summary>The fuzz tests run without other tests beside them: they measure allocations.</summary>
[CollectionDefinition(nameof(FuzzRunsAlone), DisableParallelization = true)]
public sealed class FuzzRunsAlone;

/// <summary>An input that breaks an importer's property; CsCheck shrinks the input and reports it with the seed.</summary>
internal sealed class FuzzPropertyException(string message, Exception? inner = null) : Exception(message, inner);
