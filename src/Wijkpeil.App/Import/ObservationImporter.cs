using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Import;

/// <summary>
/// Stores a parsed file: matches regions, indicators, periods and breakdowns; validates every value;
/// compares with what is stored; and writes all of it in one transaction or nothing at all.
/// </summary>
public sealed class ObservationImporter(WijkpeilDbContext db, TimeProvider clock, AuditLog audit)
{
    private const int MaxIssues = 50;

    /// <summary>Parses and imports a file from disk.</summary>
    public async Task<ImportOutcome> ImportFileAsync(IDatasetParser parser, string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(options);
        return await StoreAsync(Task.Run(() => PrepareFileAsync(parser, path, options, cancellationToken), cancellationToken), options, ownsDataset: true, validated: null, cancellationToken);
    }

    /// <summary>
    /// Imports several files of one format in order, each as its own all-or-nothing import, and stops at
    /// the first that fails. Returns one outcome per file tried: the stored ones, then the failure if any;
    /// files after a failure are not tried and have no outcome.
    /// </summary>
    /// <remarks>
    /// The first file is parsed on another thread while the register is read (see <see cref="StoreAsync(Task{PreparedFile}, ImportOptions, bool, Action?, CancellationToken)"/>),
    /// and file N+1 is read and parsed on another thread while file N is stored: parsing touches no database
    /// and parsers keep no state between calls (they are singletons), so the two overlap safely and a
    /// three-file StatLine import saves most of the parse time of the later files. The next parse starts
    /// once file N is validated and its parsed values are dropped, so two files' values are never in
    /// memory at once; the insert that follows takes longer than the parse.
    /// </remarks>
    public async Task<IReadOnlyList<ImportOutcome>> ImportFilesAsync(IDatasetParser parser, IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<ImportOutcome>(paths.Count);
        Task<PreparedFile>? next = null;
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
                var path = paths[i];
                var preparing = next ?? Task.Run(() => PrepareFileAsync(parser, path, options, cancellationToken), cancellationToken);
                next = null;
                var following = i + 1 < paths.Count ? paths[i + 1] : null;
                var outcome = await StoreAsync(
                    preparing,
                    options,
                    ownsDataset: true,
                    following is null ? null : () => next ??= Task.Run(() => PrepareFileAsync(parser, following, options, cancellationToken), cancellationToken),
                    cancellationToken);
                outcomes.Add(outcome);
                if (!outcome.Succeeded)
                {
                    break;
                }
            }
        }
        finally
        {
            // A parse still running after a failure (or an exception) is finished and dropped, never left behind.
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        return outcomes;
    }

    /// <summary>Parses and imports a file from a stream (an upload, or a file the caller opened).</summary>
    public async Task<ImportOutcome> ImportAsync(IDatasetParser parser, Stream stream, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return await StoreAsync(PrepareAsync(parser, stream, fileName, options, cancellationToken), options, ownsDataset: true, validated: null, cancellationToken);
    }

    /// <summary>Everything before the database for a file: hash, parse. Uses no instance state, so it may run on any thread.</summary>
    private static async Task<PreparedFile> PrepareFileAsync(IDatasetParser parser, string path, ImportOptions options, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return PreparedFile.Failed(ImportOutcome.Failed([new ImportIssue(fileName, null, null, null, $"het bestand '{path}' bestaat niet.")]));
        }

        // Messages name the file only; the folder lets a parser find metadata that sits beside the data.
        options = options with { SourceDirectory = options.SourceDirectory ?? Path.GetDirectoryName(Path.GetFullPath(path)) };

        // A file is read twice (hash, then parse) instead of copied into memory first: the copy's growing
        // buffers added about 17 MB to the peak of the three-file 50090NED import, where one file is parsed
        // while the previous one is stored.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        if (stream.Length == 0)
        {
            return PreparedFile.Failed(EmptyFile(fileName));
        }

        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        stream.Position = 0;
        return Parse(parser, stream, fileName, sha256, options);
    }

    /// <summary>Everything before the database for an upload: read, hash, parse.</summary>
    private static async Task<PreparedFile> PrepareAsync(IDatasetParser parser, Stream stream, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        // Hash and parse from one in-memory copy: an upload is not seekable and can be read only once.
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return PreparedFile.Failed(EmptyFile(fileName));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        return Parse(parser, buffer, fileName, sha256, options);
    }

    private static ImportOutcome EmptyFile(string fileName) =>
        ImportOutcome.Failed([new ImportIssue(fileName, null, null, null, "het bestand is leeg (0 bytes).")]);

    private static PreparedFile Parse(IDatasetParser parser, Stream stream, string fileName, string sha256, ImportOptions options)
    {
        var parsed = parser.Parse(stream, fileName, options);
        if (parsed.Dataset is not { } dataset)
        {
            return PreparedFile.Failed(ImportOutcome.Failed(parsed.Issues));
        }

        if (dataset.Observations.Count == 0)
        {
            return PreparedFile.Failed(ImportOutcome.Failed([new ImportIssue(fileName, null, null, null, "het bestand bevat geen enkele waarde om in te lezen.")]));
        }

        return new PreparedFile(dataset, sha256, null);
    }

    /// <summary>Stores a parsed dataset atomically.</summary>
    public Task<ImportOutcome> StoreAsync(ParsedDataset dataset, string fileSha256, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        return StoreAsync(Task.FromResult(new PreparedFile(dataset, fileSha256, null)), options, ownsDataset: false, validated: null, cancellationToken);
    }

    /// <summary>
    /// Stores a file atomically once it is parsed. The transaction begins and the register (areas, indicators,
    /// periods, breakdowns) is read while <paramref name="preparing"/> may still run on another thread: for
    /// the first file of a process that hides EF Core's first-query cost and the area list behind the parse.
    /// </summary>
    /// <param name="ownsDataset">
    /// True when the importer parsed the dataset itself and nobody else holds it: then its parsed values are
    /// dropped once they are validated rows, so they do not sit in memory during the insert (when the next
    /// file of a multi-file import is being parsed). Never when the strategy could run the store again.
    /// </param>
    /// <param name="validated">Called once every value is validated (and released), before the insert.</param>
    private async Task<ImportOutcome> StoreAsync(Task<PreparedFile> preparing, ImportOptions options, bool ownsDataset, Action? validated, CancellationToken cancellationToken)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            var releaseParsedValues = ownsDataset && !strategy.RetriesOnFailure;
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var foreignKeyChecks = await ImportForeignKeyChecks.PauseAsync(db, cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var register = await Register.LoadAsync(db, cancellationToken);
                var prepared = await preparing;
                var outcome = prepared.Failure
                    ?? await StoreInTransactionAsync(prepared.Dataset!, prepared.Sha256!, register, options, releaseParsedValues, validated, cancellationToken);
                if (outcome.Succeeded && !outcome.NothingChanged)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                db.ChangeTracker.Clear();
                return outcome;
            });
        }
        finally
        {
            // A parse is never left running behind a failed store.
            await ((Task)preparing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<ImportOutcome> StoreInTransactionAsync(ParsedDataset dataset, string fileSha256, Register register, ImportOptions options, bool releaseParsedValues, Action? validated, CancellationToken cancellationToken)
    {
        var issues = new List<ImportIssue>();
        var codes = DatasetCodes.Of(dataset.Observations);
        var (areaIds, areasAdded, layoutsExtended) = await ResolveAreasAsync(dataset, codes, register, issues, cancellationToken);
        var (indicators, indicatorsAdded) = await ResolveIndicatorsAsync(dataset, codes, register, issues, cancellationToken);
        if (issues.Count > 0)
        {
            return ImportOutcome.Failed(issues);
        }

        var periodIds = await ResolvePeriodsAsync(dataset, codes, register, issues, cancellationToken);
        var breakdownIds = await ResolveBreakdownsAsync(codes, register, cancellationToken);
        if (issues.Count > 0)
        {
            return ImportOutcome.Failed(issues);
        }
        var status = options.Publish ? ObservationStatus.Published : ObservationStatus.Draft;
        var (rows, invalid) = await new ObservationValidator(dataset, indicators, areaIds, periodIds, breakdownIds, MaxIssues).ValidateAsync();
        issues.AddRange(invalid);
        if (issues.Count > 0)
        {
            return ImportOutcome.Failed(issues);
        }

        if (releaseParsedValues)
        {
            dataset.Observations.Clear();
            dataset.Observations.TrimExcess();
        }

        validated?.Invoke();

        // Only the periods and breakdowns this file has: the resolved maps hold every stored one, and loading
        // the 2016 and 18+ figures to compare a 2020 65+ file costs seconds and memory for nothing.
        var existing = await LoadExistingAsync(
            indicators.Values.Select(i => i.Id),
            codes.Periods.Select(p => periodIds[p]),
            codes.Breakdowns.Select(b => breakdownIds[b]),
            cancellationToken);
        // A first import of a table compares with nothing: its rows are the inserts, without a copy.
        var inserts = existing.Count == 0 ? rows : [];
        var updates = new List<(StoredObservation Old, ObservationRow New)>();
        var unchanged = 0;
        foreach (var row in existing.Count == 0 ? [] : rows)
        {
            if (!existing.TryGetValue(row.Key, out var stored))
            {
                inserts.Add(row);
            }
            else if (stored.Measurement == row.Measurement && (stored.Status == status || !options.Publish))
            {
                unchanged++;
            }
            else
            {
                updates.Add((stored, row));
            }
        }

        if (inserts.Count == 0 && updates.Count == 0 && areasAdded == 0 && indicatorsAdded == 0 && layoutsExtended == 0)
        {
            return new ImportOutcome
            {
                Succeeded = true,
                NothingChanged = true,
                Unchanged = unchanged,
                Message = string.Create(
                    CultureInfo.GetCultureInfo("nl-NL"),
                    $"Niets gewijzigd: alle {unchanged:N0} waarden uit {dataset.FileName} stonden al zo in de database."),
            };
        }

        var now = clock.GetUtcNow();
        var batch = new ImportBatch(dataset.Format, dataset.FileName, fileSha256, dataset.SourceTable, options.ImportedBy, now);
        batch.RecordCounts(inserts.Count, updates.Count, unchanged);
        if (options.Publish)
        {
            batch.Publish(options.ImportedBy, now);
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        // Every import is in the audit trail, whichever way it came (web form, CLI, embedded default), in the
        // same transaction as its figures: who brought figures in, and whether they went public without review.
        audit.RecordJson(
            AuditAction.Created,
            AuditEntityTypes.ImportBatch,
            batch.Id.ToString(CultureInfo.InvariantCulture),
            dataset.FileName,
            beforeJson: null,
            afterJson: BatchSnapshotJson(batch));
        await db.SaveChangesAsync(cancellationToken);
        var writer = BulkObservationWriter.For(db);
        await writer.InsertAsync(inserts, status, batch.Id, cancellationToken);
        await writer.ReviseAsync(updates, status, batch.Id, now, cancellationToken);

        return new ImportOutcome
        {
            Succeeded = true,
            Added = inserts.Count,
            Changed = updates.Count,
            Unchanged = unchanged,
            AreasAdded = areasAdded,
            IndicatorsAdded = indicatorsAdded,
            BatchId = batch.Id,
            Message = string.Create(
                CultureInfo.GetCultureInfo("nl-NL"),
                $"{dataset.FileName} ingelezen als {(options.Publish ? "gepubliceerd" : "concept")}: {inserts.Count:N0} nieuw, {updates.Count:N0} gewijzigd (oude waarde bewaard), {unchanged:N0} ongewijzigd; {areasAdded:N0} gebieden en {indicatorsAdded:N0} indicatoren toegevoegd{(layoutsExtended > 0 ? $"; bij {layoutsExtended:N0} bestaande gebieden de gebiedsindeling {dataset.LayoutYear} vastgelegd" : string.Empty)}."),
        };
    }

    /// <summary>The audit trail's view of a new batch, written by hand: see <see cref="AuditLog.RecordJson"/>.</summary>
    private static string BatchSnapshotJson(ImportBatch batch)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("FileName", batch.FileName);
            json.WriteString("Format", batch.Format);
            json.WriteString("SourceTable", batch.SourceTable);
            json.WriteString("Status", batch.Status.ToString());
            json.WriteNumber("Added", batch.Added);
            json.WriteNumber("Changed", batch.Changed);
            json.WriteNumber("Unchanged", batch.Unchanged);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AddIssue(List<ImportIssue> issues, ImportIssue issue)
    {
        if (issues.Count < MaxIssues)
        {
            issues.Add(issue);
        }
    }

    private async Task<(Dictionary<string, int> Ids, int Added, int LayoutsExtended)> ResolveAreasAsync(ParsedDataset dataset, DatasetCodes codes, Register register, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        var ids = register.AreaIds;
        var layoutYears = register.AreaLayoutYears;
        var unknown = new List<string>();
        var added = new List<Area>();
        var extended = new List<(int Id, IReadOnlyList<int> LayoutYears)>();
        foreach (var code in codes.Areas)
        {
            if (ids.TryGetValue(code, out var id))
            {
                // A code the file uses exists in the file's layout too: the register records every layout it is valid in.
                var fileLayout = dataset.Areas.GetValueOrDefault(code)?.LayoutYear ?? dataset.LayoutYear;
                if (fileLayout is { } year && !layoutYears[id].Contains(year))
                {
                    extended.Add((id, [.. layoutYears[id].Append(year).Order()]));
                }

                continue;
            }

            if (!AreaCode.TryParse(code, out var areaCode))
            {
                var first = dataset.Observations.First(o => o.AreaCode == code);
                AddIssue(issues, new ImportIssue(dataset.FileName, first.Row, null, code, "verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn)."));
                continue;
            }

            if (dataset.Areas.TryGetValue(code, out var named) && !string.IsNullOrWhiteSpace(named.Name))
            {
                var layoutYear = named.LayoutYear ?? dataset.LayoutYear;
                var area = new Area(areaCode, named.Name, areaCode.DerivedParent, layoutYear is { } y ? [y] : []);
                added.Add(area);
            }
            else
            {
                unknown.Add(code);
            }
        }

        if (unknown.Count > 0)
        {
            var list = string.Join(", ", unknown.Order(StringComparer.Ordinal).Take(20));
            var more = unknown.Count > 20 ? string.Create(CultureInfo.InvariantCulture, $" en {unknown.Count - 20} meer") : string.Empty;
            AddIssue(issues, new ImportIssue(
                dataset.FileName,
                dataset.Observations.First(o => unknown.Contains(o.AreaCode)).Row,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{unknown.Count} onbekende gebiedscode(s) die niet in het gebiedenregister staan en waarvoor het bestand geen naam geeft: {list}{more}. Lees eerst de CBS-gebiedenlijst in (wijkpeil import regions).")));
        }

        if (issues.Count > 0)
        {
            return (ids, 0, 0);
        }

        var writer = BulkObservationWriter.For(db);
        await writer.ExtendLayoutYearsAsync(extended, cancellationToken);
        if (added.Count == 0)
        {
            return (ids, 0, extended.Count);
        }

        var newIds = await writer.InsertAreasAsync(added, cancellationToken);
        for (var i = 0; i < added.Count; i++)
        {
            ids.Add(added[i].Code.Value, newIds[i]);
        }

        return (ids, added.Count, extended.Count);
    }

    private async Task<(Dictionary<string, Indicator> ByKey, int Added)> ResolveIndicatorsAsync(ParsedDataset dataset, DatasetCodes codes, Register register, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        var keys = codes.Measures;
        var all = register.Indicators;
        var byCode = all.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var result = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var added = 0;
        foreach (var key in keys)
        {
            // Statistical tables name measures (resolved through source mappings); the generic format names
            // indicator codes, which must win over a mapping that happens to use the same key.
            Indicator? mapped = null;
            if (!dataset.MayCreateIndicators)
            {
                mapped = byCode.GetValueOrDefault(key);
            }

            mapped ??= all.FirstOrDefault(i => i.SourceMappings.Any(m => m.MeasureKey == key && m.SourceTable == dataset.SourceTable))
                ?? all.FirstOrDefault(i => i.SourceMappings.Any(m => m.MeasureKey == key));
            if (mapped is null && byCode.TryGetValue(key, out var byItsCode))
            {
                mapped = byItsCode;
            }

            if (mapped is null)
            {
                if (!dataset.MayCreateIndicators)
                {
                    var first = dataset.Observations.First(o => o.MeasureKey == key);
                    AddIssue(issues, new ImportIssue(dataset.FileName, first.Row, dataset.IndicatorColumn ?? first.Column, key, "onbekende indicatorcode: verwacht een code uit de indicatorcatalogus (wijkpeil indicators list)."));
                    continue;
                }

                var info = dataset.Measures.GetValueOrDefault(key);
                var created = Indicator.Create(key, info?.Title ?? key, info?.Title ?? key, KindFromUnit(info?.Unit), Polarity.Neutral, info?.Unit ?? string.Empty);
                if (created.Error is { } error)
                {
                    var first = dataset.Observations.First(o => o.MeasureKey == key);
                    AddIssue(issues, new ImportIssue(dataset.FileName, first.Row, first.Column, key, error.Message));
                    continue;
                }

                mapped = created.Value;
                db.Indicators.Add(mapped);
                all.Add(mapped);
                byCode[key] = mapped;
                added++;
            }

            if (dataset.SourceTable is { } table)
            {
                mapped.MapSource(table, key);
            }

            result[key] = mapped;
        }

        if (issues.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (result, added);
    }

    private static IndicatorKind KindFromUnit(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        "%" or "PERCENTAGE" or "PROCENT" => IndicatorKind.Percentage,
        "AANTAL" or "COUNT" => IndicatorKind.Count,
        _ => IndicatorKind.Score,
    };

    private async Task<Dictionary<string, int>> ResolvePeriodsAsync(ParsedDataset dataset, DatasetCodes codes, Register register, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        var known = register.Periods;
        foreach (var code in codes.Periods)
        {
            if (known.ContainsKey(code))
            {
                continue;
            }

            var year = Period.ParseCode(code);
            if (year.Error is { } error)
            {
                var first = dataset.Observations.First(o => o.PeriodCode == code);
                AddIssue(issues, new ImportIssue(dataset.FileName, first.Row, null, code, error.Message + " Een meetmoment moet eerst als periode bestaan."));
                continue;
            }

            var period = known.GetValueOrDefault(year.Value) ?? Period.ForYear(int.Parse(year.Value, CultureInfo.InvariantCulture));
            if (period.Id == 0)
            {
                db.Periods.Add(period);
            }

            // "2020JJ00" and "2020" are one period: register both spellings so the second does not add it again.
            known[code] = period;
            known[year.Value] = period;
        }

        await db.SaveChangesAsync(cancellationToken);
        return known.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, int>> ResolveBreakdownsAsync(DatasetCodes codes, Register register, CancellationToken cancellationToken)
    {
        var known = register.Breakdowns;
        foreach (var code in codes.Breakdowns)
        {
            if (!known.ContainsKey(code))
            {
                var breakdown = new Breakdown(code, code, code);
                db.Breakdowns.Add(breakdown);
                known[code] = breakdown;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return known.ToDictionary(b => b.Key, b => b.Value.Id, StringComparer.Ordinal);
    }

    private async Task<Dictionary<ObservationKey, StoredObservation>> LoadExistingAsync(IEnumerable<int> indicatorIds, IEnumerable<int> periodIds, IEnumerable<int> breakdownIds, CancellationToken cancellationToken)
    {
        var indicators = indicatorIds.Distinct().ToList();
        var periods = periodIds.Distinct().ToList();
        var breakdowns = breakdownIds.Distinct().ToList();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => indicators.Contains(o.IndicatorId) && periods.Contains(o.PeriodId) && breakdowns.Contains(o.BreakdownId))
            .Select(o => new { o.IndicatorId, o.AreaId, o.PeriodId, o.BreakdownId, o.Value, o.Lower, o.Upper, o.SampleSize, o.Status, o.ImportBatchId })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            o => new ObservationKey(o.IndicatorId, o.AreaId, o.PeriodId, o.BreakdownId),
            o => new StoredObservation(Measurement.FromStore(o.Value, o.Lower, o.Upper, o.SampleSize), o.Status, o.ImportBatchId));
    }
}

/// <summary>
/// What the database holds that an import matches a file against, read at the start of its transaction:
/// areas (as ids, with their layout years), indicators with their source mappings, periods and breakdowns
/// (tracked, so that the import can add to them).
/// </summary>
internal sealed record Register(
    Dictionary<string, int> AreaIds,
    Dictionary<int, List<int>> AreaLayoutYears,
    List<Indicator> Indicators,
    Dictionary<string, Period> Periods,
    Dictionary<string, Breakdown> Breakdowns)
{
    public static async Task<Register> LoadAsync(WijkpeilDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking()
            .Select(a => new { a.Id, a.Code, LayoutYears = EF.Property<List<int>>(a, "_layoutYears") })
            .ToListAsync(cancellationToken);
        return new Register(
            areas.ToDictionary(a => a.Code.Value, a => a.Id, StringComparer.Ordinal),
            areas.ToDictionary(a => a.Id, a => a.LayoutYears),
            await db.Indicators.Include(i => i.SourceMappings).ToListAsync(cancellationToken),
            await db.Periods.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken),
            await db.Breakdowns.ToDictionaryAsync(b => b.Code, StringComparer.Ordinal, cancellationToken));
    }
}

/// <summary>A file read and parsed, ready to store; or the outcome that stopped it before the database.</summary>
internal sealed record PreparedFile(ParsedDataset? Dataset, string? Sha256, ImportOutcome? Failure)
{
    public static PreparedFile Failed(ImportOutcome failure) => new(null, null, failure);
}

/// <summary>The natural key of an observation, as database ids.</summary>
internal readonly record struct ObservationKey(int IndicatorId, int AreaId, int PeriodId, int BreakdownId);

/// <summary>A validated figure ready to be written.</summary>
internal readonly record struct ObservationRow(ObservationKey Key, Measurement Measurement);

/// <summary>What the database holds for a key before the import.</summary>
internal readonly record struct StoredObservation(Measurement Measurement, ObservationStatus Status, int ImportBatchId);
