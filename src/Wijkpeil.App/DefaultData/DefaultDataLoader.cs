using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// Loads the embedded default into an empty database, once: the indicator catalogue, the Vitale Wijken
/// programme with the agenda its progress letter names (published; only what the letter says, so no budgets, example
/// outputs or dates: those are the optional <see cref="DemoData"/>), the CBS region register, the bundled open data
/// (published: it is public already) and the map boundaries. Marks the database with the <see cref="SettingKey"/> row when done, so later starts skip it;
/// a database marked with an older <see cref="DataVersion"/> gets what the newer bundle adds (see <c>UpgradeAsync</c>).
/// </summary>
/// <remarks>
/// <para>
/// The agenda from the progress letter came after the first bundle: a database loaded before it gets the agenda on
/// its next start, once (see <see cref="DefaultSeeder.SeedAgendaAsync"/>).
/// </para>
/// <para>
/// Each step commits on its own and every step is idempotent, so a start that was interrupted half-way
/// finishes the job on the next start. A step that fails is a defect in the bundled data and throws.
/// </para>
/// </remarks>
public sealed partial class DefaultDataLoader(
    WijkpeilDbContext db,
    DefaultSeeder seeder,
    IAreaFileImport areaImport,
    IObservationFileImport observationImport,
    TimeProvider clock,
    ILogger<DefaultDataLoader> logger)
{
    /// <summary>The system_settings key whose presence means the default is loaded.</summary>
    public const string SettingKey = "default-data";

    /// <summary>Names the bundle; raise it when the bundled files or the seed change meaningfully.</summary>
    public const string DataVersion = "vitale-wijken-2024.4";

    /// <summary>Politie/CBS registered crimes per buurt (47018NED, 2023): came with <see cref="DataVersion"/> 2024.4.</summary>
    internal const string PoliceFile = "politie/47018NED-misdrijven-2023-buurten-utrecht-zeist-nieuwegein-amersfoort.csv";

    /// <summary>Buurt boundaries of Utrecht, Zeist and Soesterkwartier: came with <see cref="DataVersion"/> 2024.4.</summary>
    internal const string BuurtBoundaryFile = "geo/buurt_2024_utrecht_zeist_soesterkwartier.geojson";

    private const string ImportedBy = "standaardgegevens";

    /// <summary>Observation files in load order, with the parser that reads each.</summary>
    private static readonly (string File, string Format)[] ObservationFiles =
    [
        ("rivm/50090NED-gezondheid-2016-18plus.xlsx", ObservationFormats.StatLine),
        ("rivm/50090NED-gezondheid-2020-18plus.xlsx", ObservationFormats.StatLine),
        ("rivm/50090NED-gezondheid-2020-65plus.xlsx", ObservationFormats.StatLine),
        ("cbs/kwb-2023-gemeente-utrecht.xlsx", ObservationFormats.Kwb),
        ("cbs/kwb-2024-odata/stripped_filtered_data_2024.json", ObservationFormats.OData),
        ("cbs/statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv", ObservationFormats.StatLineCsv),
        (PoliceFile, ObservationFormats.StatLine),
    ];

    private static readonly string[] BoundaryFiles =
    [
        "geo/provincie_2020.geojson",
        "geo/gemeente_2025.geojson",
        "geo/wijk_2024.geojson",
        BuurtBoundaryFile,
    ];

    /// <summary>Loads the default unless it is there already.</summary>
    public Task EnsureLoadedAsync(CancellationToken cancellationToken = default) =>
        EnsureLoadedAsync(BundledFiles.DefaultFolder, cancellationToken);

    internal async Task EnsureLoadedAsync(string bundleFolder, CancellationToken cancellationToken)
    {
        if (await db.SystemSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SettingKey, cancellationToken) is { } loaded)
        {
            var agendaAdded = await seeder.SeedAgendaAsync(cancellationToken);
            if (agendaAdded)
            {
                LogAgendaAdded(logger);
            }

            if (await seeder.SeedSubsidySchemeAsync(cancellationToken))
            {
                LogSubsidySchemeAdded(logger);
            }
            else if (!agendaAdded && loaded.Value.StartsWith(DataVersion + ";", StringComparison.Ordinal))
            {
                LogAlreadyLoaded(logger);
            }

            if (await seeder.SeedOpportunitiesAsync(cancellationToken))
            {
                LogOpportunitiesAdded(logger);
            }

            // Both run: an older default gets each register it lacks.
            if (await seeder.SeedMeetingPlacesAsync(cancellationToken) | await seeder.SeedResearchPlansAsync(cancellationToken))
            {
                LogLearningRegistersAdded(logger);
            }

            if (!loaded.Value.StartsWith(DataVersion + ";", StringComparison.Ordinal))
            {
                await UpgradeAsync(bundleFolder, loaded.Value, cancellationToken);
            }

            return;
        }

        LogStarting(logger, DataVersion);
        var total = Stopwatch.StartNew();
        using var files = await BundledFiles.UnpackAsync(bundleFolder, cancellationToken);

        await StepAsync("indicator catalogue", async () =>
        {
            var written = await seeder.SeedCatalogueAsync(cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"{written} curated indicators");
        });
        await StepAsync("Vitale Wijken programme", async () =>
            await seeder.SeedProgrammeAsync(cancellationToken) ? "added" : "already there");
        await StepAsync("Vitale Wijken agenda", async () =>
            await seeder.SeedAgendaAsync(cancellationToken) ? "added" : "already there");
        await StepAsync("Soesterkwartier subsidy scheme", async () =>
            await seeder.SeedSubsidySchemeAsync(cancellationToken) ? "added" : "already there");
        await StepAsync("meekoppelkansen register", async () =>
            await seeder.SeedOpportunitiesAsync(cancellationToken) ? "added" : "already there");
        await StepAsync("Vitale Wijken meeting places", async () =>
            await seeder.SeedMeetingPlacesAsync(cancellationToken) ? "added" : "already there");
        await StepAsync("Vitale Wijken research plans", async () =>
            await seeder.SeedResearchPlansAsync(cancellationToken) ? "added" : "already there");

        await ImportStepAsync("regions", () => areaImport.ImportRegionsAsync(
            files.PathOf("cbs/85984NED-WijkenEnBuurten-2024.csv"),
            files.PathOf("cbs/gemeente-provincie.csv"),
            new ImportOptions(ImportedBy: ImportedBy),
            cancellationToken));

        // Consecutive files of one format go in as one multi-file import, so the next file is parsed while
        // the previous one is stored (the three RIVM tables are most of the load time). A trusted path: published
        // without the review's outlier rules (ImportOptions.ReviewBeforePublishing), which the operator's
        // `wijkpeil import --publish` goes through. These files ship with the release, were checked when they were
        // bundled, and a first import of a whole StatLine table flags thousands of figures for being far from the
        // others; a start must not stop for a note nobody can give.
        foreach (var (format, run) in ConsecutiveByFormat(ObservationFiles))
        {
            await StepAsync(string.Join(", ", run), async () =>
            {
                var outcomes = await observationImport.ImportFilesAsync(
                    format,
                    [.. run.Select(files.PathOf)],
                    new ImportOptions(Publish: true, ImportedBy: ImportedBy),
                    cancellationToken)
                    ?? throw new InvalidOperationException($"No import parser for format '{format}' is registered; the default data needs it for {run[0]}.");

                // Our own files must import: a refusal means the bundle or an importer is broken, not user input.
                // The import stops at the first failure, so the failing file is the last one tried.
                return outcomes.FirstOrDefault(o => !o.Succeeded) is { } failed
                    ? throw new InvalidOperationException($"Loading the default data failed at {run[outcomes.Count - 1]}: {failed.Message}")
                    : string.Join(" ", outcomes.Select(o => o.Message));
            });
        }

        foreach (var file in BoundaryFiles)
        {
            await ImportStepAsync(file, () => areaImport.ImportBoundariesAsync(files.PathOf(file), new ImportOptions(ImportedBy: ImportedBy), cancellationToken));
        }

        db.ChangeTracker.Clear();
        db.SystemSettings.Add(new SystemSetting(SettingKey, string.Create(CultureInfo.InvariantCulture, $"{DataVersion}; loaded {clock.GetUtcNow():O}")));
        await db.SaveChangesAsync(cancellationToken);
        LogFinished(logger, DataVersion, total.ElapsedMilliseconds);
    }

    /// <summary>
    /// Brings a database loaded by an earlier bundle up to <see cref="DataVersion"/>: the catalogue's new indicators, the
    /// Vitale Wijken kernset entries of pillars 2 and 4 where those pillars are still empty (a fresh load seeds them; a
    /// pillar a manager filled keeps exactly its entries), the police figures and the buurt boundaries (each step is
    /// idempotent: a file already there changes nothing, a filled pillar gets nothing).
    /// </summary>
    private async Task UpgradeAsync(string bundleFolder, string loadedVersion, CancellationToken cancellationToken)
    {
        LogUpgrading(logger, loadedVersion, DataVersion);
        using var files = await BundledFiles.UnpackAsync(bundleFolder, cancellationToken);
        await StepAsync("indicator catalogue", async () =>
        {
            var written = await seeder.SeedCatalogueAsync(cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"{written} curated indicators");
        });
        await StepAsync("Vitale Wijken kernset, pillars 2 and 4", async () =>
        {
            var added = await seeder.FillNewPillarsAsync(cancellationToken);
            return added.Count == 0
                ? "nothing added: the pillars have entries already (or the programme is gone)"
                : "added " + string.Join(", ", added.Select(e => $"{e.Indicator} ({e.Breakdown}) to pillar {e.Pillar}"));
        });
        await StepAsync("Vitale Wijken waves, police table", async () =>
        {
            var added = await seeder.AddNewWaveSourcesAsync(cancellationToken);
            return added.Count == 0 ? "nothing added: the waves list their sources already (or the programme is gone)" : "added " + string.Join(", ", added);
        });
        await StepAsync(PoliceFile, async () =>
        {
            // Trusted, as at the first load: the bundled file is published without the review (see EnsureLoadedAsync).
            var outcomes = await observationImport.ImportFilesAsync(
                ObservationFormats.StatLine, [files.PathOf(PoliceFile)], new ImportOptions(Publish: true, ImportedBy: ImportedBy), cancellationToken);
            return outcomes is [{ Succeeded: true } outcome]
                ? outcome.Message
                : throw new InvalidOperationException($"Upgrading the default data failed at {PoliceFile}: {(outcomes is [.., var last] ? last.Message : "no parser")}");
        });
        await ImportStepAsync(BuurtBoundaryFile, () => areaImport.ImportBoundariesAsync(files.PathOf(BuurtBoundaryFile), new ImportOptions(ImportedBy: ImportedBy), cancellationToken));

        db.ChangeTracker.Clear();
        var setting = await db.SystemSettings.SingleAsync(s => s.Key == SettingKey, cancellationToken);
        setting.Value = string.Create(CultureInfo.InvariantCulture, $"{DataVersion}; upgraded from {loadedVersion.Split(';')[0]} {clock.GetUtcNow():O}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The files in order, in runs of consecutive files with one format.</summary>
    private static IEnumerable<(string Format, string[] Files)> ConsecutiveByFormat(IEnumerable<(string File, string Format)> files)
    {
        var run = new List<string>();
        string? format = null;
        foreach (var (file, fileFormat) in files)
        {
            if (format is not null && fileFormat != format)
            {
                yield return (format, [.. run]);
                run.Clear();
            }

            format = fileFormat;
            run.Add(file);
        }

        if (format is not null)
        {
            yield return (format, [.. run]);
        }
    }

    private async Task StepAsync(string step, Func<Task<string>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        LogStep(logger, step, watch.ElapsedMilliseconds, result);
    }

    private Task ImportStepAsync(string step, Func<Task<ImportOutcome>> import) => StepAsync(step, async () =>
    {
        var outcome = await import();

        // Our own files must import: a refusal means the bundle or an importer is broken, not user input.
        return outcome.Succeeded
            ? outcome.Message
            : throw new InvalidOperationException($"Loading the default data failed at {step}: {outcome.Message}");
    });

    [LoggerMessage(Level = LogLevel.Debug, Message = "Default data already loaded; nothing to do")]
    private static partial void LogAlreadyLoaded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data already loaded; added the Vitale Wijken agenda from the progress letter, which it did not have yet")]
    private static partial void LogAgendaAdded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data already loaded; added the Soesterkwartier subsidy scheme from the progress letter, which it did not have yet")]
    private static partial void LogSubsidySchemeAdded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data: the progress letter's meekoppelkansen and related programmes added")]
    private static partial void LogOpportunitiesAdded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data already loaded; added the meeting places and research plans from the progress letter, which it did not have yet")]
    private static partial void LogLearningRegistersAdded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data {Loaded} is older than {Version}: adding what the newer bundle brings")]
    private static partial void LogUpgrading(ILogger logger, string loaded, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the default data {Version} (Vitale Wijken and the bundled open data)")]
    private static partial void LogStarting(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data: {Step} in {ElapsedMs} ms: {Result}")]
    private static partial void LogStep(ILogger logger, string step, long elapsedMs, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "Default data {Version} loaded in {ElapsedMs} ms")]
    private static partial void LogFinished(ILogger logger, string version, long elapsedMs);
}
