using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Export;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Modules.Measurements.Observations;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Export;

public sealed class ObservationExportRoundTripTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CsvExport_ImportedWithObservationsFormat_StoresTheSameFigures(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedObservationsAsync(source);
        var exported = await ReadAsync(source);
        using var csv = new MemoryStream();
        await using (var scope = source.CreateScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<ObservationQueries>();
            await new ObservationExportWriter().WriteAsync(queries.QueryAsync(ObservationFilter.AllPublished, TestContext.Current.CancellationToken), ExportFormat.Csv, csv, TestContext.Current.CancellationToken);
        }

        await using var target = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(target);
        csv.Position = 0;
        await using (var scope = target.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
            var outcome = await importer.ImportAsync(new ObservationsCsvParser(), csv, "export.csv", new ImportOptions(Publish: true), TestContext.Current.CancellationToken);
            Assert.True(outcome.Succeeded, outcome.Message);
            Assert.Equal(exported.Count, outcome.Added);
        }

        Assert.Equal(exported, await ReadAsync(target));
    }

    // Needs the generic importer to undo the writer's apostrophe (CsvCell.Restore in ObservationsCsvParser's
    // Field, issue 9 defect 4): the parser belongs to the import work of the same issue, so this waits for it.
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CsvExport_TextStartingWithFormulaCharacters_ImportsAsTheSameCodes(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await CsvInjectionTests.SeedAsync(source);
        var exported = await ReadAsync(source);
        using var csv = new MemoryStream();
        await using (var scope = source.CreateScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<ObservationQueries>();
            await new ObservationExportWriter().WriteAsync(queries.QueryAsync(ObservationFilter.AllPublished, TestContext.Current.CancellationToken), ExportFormat.Csv, csv, TestContext.Current.CancellationToken);
        }

        await using var target = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(target);
        csv.Position = 0;
        await using (var scope = target.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
            var outcome = await importer.ImportAsync(new ObservationsCsvParser(), csv, "export.csv", new ImportOptions(Publish: true), TestContext.Current.CancellationToken);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        Assert.Equal(exported, await ReadAsync(target));
    }

    // Everything the figure is, not where it came from: the re-import is a new batch.
    private static async Task<List<string>> ReadAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ObservationQueries>();
        var figures = new List<string>();
        await foreach (var r in queries.QueryAsync(ObservationFilter.AllPublished, TestContext.Current.CancellationToken))
        {
            figures.Add($"{r.AreaCode}|{r.IndicatorCode}|{r.Period}|{r.Breakdown}|{r.Value:R}|{r.Lower:R}|{r.Upper:R}|{r.SampleSize}|{r.Status}");
        }

        return figures;
    }
}
