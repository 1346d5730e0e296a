using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Export;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Observations;
using Wijkpeil.Bench;

// Drives one measurement of bench/import.sh. Each verb prints "key=value" lines the script parses.
//   flatten <out.csv> <xlsx>...                   the same values as a plain long CSV (baseline input)
//   import <db> <xlsx>...                         our import into a fresh SQLite file
//   export <db> <indicator> <period> <breakdown> <runs>   one indicator, all areas, to CSV in memory
//   serve-static <folder> <url>                   Kestrel serving a folder's files (baseline of bench/web.sh)
//   download <url> <runs>                         time to first byte, to the first 64 KiB and total time of a download (bench/download.sh)
//   lesson-search <db> <lessons> <rounds>         the lessons search on SQLite (and PostgreSQL when WIJKPEIL_TEST_POSTGRES is set), LessonSearchBench.cs
//   soak <url> <minutes> <host-pid> <cli.dll> <db> <import.xlsx> <report>   the traffic of bench/soak.sh (Soak.cs)
return args switch
{
    ["soak", var url, var minutes, var pid, var cli, var database, var file, var report] =>
        await Soak.RunAsync(new Uri(url), TimeSpan.FromMinutes(double.Parse(minutes, CultureInfo.InvariantCulture)), int.Parse(pid, CultureInfo.InvariantCulture), cli, database, file, report),
    ["lesson-search", var database, var lessons, var rounds] => await LessonSearchRun(database, int.Parse(lessons, CultureInfo.InvariantCulture), int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["serve-static", var folder, var url] => await ServeStatic(folder, url),
    ["download", var url, var runs] => await Download(new Uri(url), int.Parse(runs, CultureInfo.InvariantCulture)),
    ["flatten", var output, .. var files] => await Flatten(output, files),
    ["import", var database, .. var files] => await Import(database, files),
    ["export", var database, var indicator, var period, var breakdown, var runs] =>
        await Export(database, indicator, period, breakdown, int.Parse(runs, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Wijkpeil.Bench flatten <out.csv> <xlsx>... | import <db> <xlsx>... | export <db> <indicator> <period> <breakdown> <runs> | serve-static <folder> <url> | download <url> <runs> | lesson-search <db> <lessons> <rounds> | soak <url> <minutes> <host-pid> <cli.dll> <db> <import.xlsx> <report>");
    return 2;
}

static async Task<int> LessonSearchRun(string database, int lessons, int rounds)
{
    var result = await LessonSearchBench.RunAsync("sqlite_", DatabaseProvider.Sqlite, $"Data Source={database}", lessons, rounds);
    var postgres = Environment.GetEnvironmentVariable("WIJKPEIL_TEST_POSTGRES");
    return result != 0 || string.IsNullOrWhiteSpace(postgres) ? result : await LessonSearchBench.RunOnPostgresAsync(postgres, lessons, rounds);
}

// The same Kestrel as the web host, doing the least it can: static files from a folder, no logging.
static async Task<int> ServeStatic(string folder, string url)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.UseUrls(url);
    await using var app = builder.Build();
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)) });
    await app.RunAsync();
    return 0;
}

// Each run: the time until the response's first body byte, then until its last; the median and the slowest of each.
static async Task<int> Download(Uri url, int runs)
{
    using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
    // The first byte may be only the format's opening (a CSV header, a JSON bracket, a zip's first parts), sent
    // before the database has sorted the figures; the first 64 KiB are figures for sure.
    const int FirstFigures = 64 * 1024;
    var (first, figures, total) = (new List<double>(), new List<double>(), new List<double>());
    var bytes = 0L;
    var buffer = new byte[64 * 1024];
    for (var run = 0; run < runs; run++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var read = await body.ReadAsync(buffer);
        first.Add(watch.Elapsed.TotalMilliseconds);
        bytes = read;
        while (read > 0)
        {
            if (bytes >= FirstFigures && figures.Count == run)
            {
                figures.Add(watch.Elapsed.TotalMilliseconds);
            }

            read = await body.ReadAsync(buffer);
            bytes += read;
        }

        if (figures.Count == run)
        {
            figures.Add(watch.Elapsed.TotalMilliseconds);
        }

        total.Add(watch.Elapsed.TotalMilliseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run{run}_first_byte_ms={first[^1]:F0} run{run}_first_64k_ms={figures[^1]:F0} run{run}_total_ms={total[^1]:F0}"));
    }

    first.Sort();
    figures.Sort();
    total.Sort();
    Console.WriteLine($"bytes={bytes}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first_byte_median_ms={first[first.Count / 2]:F0}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first_byte_max_ms={first[^1]:F0}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first_64k_median_ms={figures[figures.Count / 2]:F0}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total_median_ms={total[total.Count / 2]:F0}"));
    return 0;
}

static ServiceProvider Services(string database)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Wijkpeil"] = $"Data Source={database}",
        [WijkpeilStartup.LoadDefaultDataKey] = "false",
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton<IConfiguration>(configuration);
    services.AddWijkpeil(configuration);
    return services.BuildServiceProvider();
}

static IDatasetParser StatLine(IServiceProvider services) =>
    services.GetServices<IDatasetParser>().Single(p => p.Format == "statline");

static async Task<int> Flatten(string output, string[] files)
{
    await using var services = Services(Path.Combine(Path.GetTempPath(), "wijkpeil-bench-flatten.db"));
    var parser = StatLine(services);
    await using var writer = new StreamWriter(output);
    var count = 0;
    foreach (var file in files)
    {
        await using var stream = File.OpenRead(file);
        var dataset = parser.Parse(stream, Path.GetFileName(file), new ImportOptions()).Dataset
            ?? throw new InvalidOperationException($"cannot parse {file}");
        foreach (var o in dataset.Observations)
        {
            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{o.AreaCode},{o.MeasureKey},{o.PeriodCode},{o.BreakdownCode},{o.Value}"));
            count++;
        }
    }

    Console.WriteLine($"values={count}");
    return 0;
}

static async Task<int> Import(string database, string[] files)
{
    var initialise = Stopwatch.StartNew();
    await using var services = Services(database);

    // As `wijkpeil import` does: the first file is parsed while the fresh database is migrated.
    var parser = StatLine(services);
    var options = new ImportOptions(Publish: true, ImportedBy: "bench");
    var firstFile = ObservationImporter.ParseFirstFile(parser, files, options);
    await WijkpeilStartup.InitializeAsync(services);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"initialise_seconds={initialise.Elapsed.TotalSeconds:F2}"));
    var total = Stopwatch.StartNew();
    await using var scope = services.CreateAsyncScope();
    var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
    var outcomes = await importer.ImportFilesAsync(parser, files, options, firstFile);
    if (outcomes.Count != files.Length || outcomes.Any(o => !o.Succeeded))
    {
        Console.Error.WriteLine(outcomes[^1].Message);
        return 1;
    }

    var values = outcomes.Sum(o => o.Added);
    Console.WriteLine($"values={values}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import_seconds={total.Elapsed.TotalSeconds:F2}"));
    return 0;
}

static async Task<int> Export(string database, string indicator, string period, string breakdown, int runs)
{
    await using var services = Services(database);
    var timings = new List<double>();
    var rows = 0L;
    for (var run = -3; run < runs; run++)
    {
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ObservationQueries>();
        var writer = scope.ServiceProvider.GetRequiredService<ObservationExportWriter>();
        using var buffer = new MemoryStream();
        var watch = Stopwatch.StartNew();
        var filter = new ObservationFilter([], [indicator], [period], [breakdown], Audience.Public);
        await writer.WriteAsync(queries.QueryAsync(filter, CancellationToken.None), ExportFormat.Csv, buffer, CancellationToken.None);
        watch.Stop();
        if (run >= 0)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        rows = buffer.ToArray().Count(b => b == (byte)'\n') - 1;
    }

    timings.Sort();
    Console.WriteLine($"rows={rows}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export_median_ms={timings[timings.Count / 2]:F1}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export_max_ms={timings[^1]:F1}"));
    return 0;
}
