using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// Stores a parsed file: matches regions, indicators, periods and breakdowns; validates every value;
/// compares with what is published; and writes all of it in one short transaction or nothing at all. Published
/// at import, the values go straight into the public figures; as a draft, they wait beside them (by code) and the
/// register is left alone until a knowledge partner publishes the batch (<see cref="PublishPendingAsync"/>).
/// </summary>
public sealed class ObservationImporter(
    WijkpeilDbContext db, TimeProvider clock, IAuditLog audit, IPublicChanges publicChanges, ImportRegister registry, ImportReviewQueries review)
{
    private const int MaxIssues = 50;

    /// <summary>The most flagged figures a refused import names; the count is always given.</summary>
    private const int MaxFlaggedListed = ImportReviewQueries.ListCap;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

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
    public Task<IReadOnlyList<ImportOutcome>> ImportFilesAsync(IDatasetParser parser, IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken = default) =>
        ImportFilesAsync(parser, paths, options, firstFile: null, cancellationToken);

    /// <summary>
    /// Starts reading and parsing the first of <paramref name="paths"/> now, on another thread, before the database
    /// is ready: parsing touches no database, so a caller that still has to start it (migrations on a first start)
    /// overlaps the two. Hand the result to <see cref="ImportFilesAsync(IDatasetParser, IReadOnlyList{string}, ImportOptions, FirstFileParse?, CancellationToken)"/>
    /// with the same parser, paths and options.
    /// </summary>
    public static FirstFileParse ParseFirstFile(IDatasetParser parser, IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfZero(paths.Count);
        return new FirstFileParse(paths[0], Task.Run(() => PrepareFileAsync(parser, paths[0], options, cancellationToken), cancellationToken));
    }

    /// <summary>As the overload without <paramref name="firstFile"/>, taking the first file's parse from <see cref="ParseFirstFile"/>.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportFilesAsync(IDatasetParser parser, IReadOnlyList<string> paths, ImportOptions options, FirstFileParse? firstFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        if (firstFile is not null && (paths.Count == 0 || !string.Equals(firstFile.Path, paths[0], StringComparison.Ordinal)))
        {
            throw new ArgumentException("The first file's parse was started for another file.", nameof(firstFile));
        }

        var outcomes = new List<ImportOutcome>(paths.Count);
        Task<PreparedFile>? next = firstFile?.Parsing;
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
    /// Stores a file once it is parsed. Everything before the write is read-only and outside any transaction: the
    /// register (areas, indicators, periods, breakdowns) is read while <paramref name="preparing"/> may still run
    /// on another thread (for the first file of a process that also hides EF Core's first-query cost behind the
    /// parse), then the file is matched against it and every value is validated. Only then does the import take
    /// the write lock, for one short transaction: the parse of a large file no longer blocks every other writer.
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
            db.ChangeTracker.Clear();
            var register = await registry.LoadAsync(cancellationToken);
            var prepared = await preparing;
            if (prepared.Failure is { } failure)
            {
                return failure;
            }

            var dataset = prepared.Dataset!;
            var codes = DatasetCodes.Of(dataset.Observations);
            var checkedFile = await CheckAsync(dataset, codes, register, options.Gemeenten);
            if (checkedFile.Failure is { } refused)
            {
                return refused;
            }

            return options.Publish
                ? await StorePublishedAsync(dataset, codes, prepared.Sha256!, checkedFile, options, ownsDataset, validated, cancellationToken)
                : await StoreDraftAsync(dataset, prepared.Sha256!, checkedFile, options, ownsDataset, validated, cancellationToken);
        }
        finally
        {
            // A parse is never left running behind a failed store.
            await ((Task)preparing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Matches the file against the register and validates every value; writes nothing.</summary>
    private static async Task<CheckedFile> CheckAsync(ParsedDataset dataset, DatasetCodes codes, Register register, IReadOnlySet<string>? gemeenten)
    {
        var (plan, issues) = ImportPlan.Resolve(dataset, codes, register, gemeenten, MaxIssues);
        if (plan is null)
        {
            return new CheckedFile(null, [], ImportOutcome.Failed(issues));
        }

        var (rows, invalid) = await new ObservationValidator(dataset, plan.Indicators, plan.AreaIds, plan.PeriodIds, plan.BreakdownIds, MaxIssues).ValidateAsync();
        return invalid.Count > 0 ? new CheckedFile(null, [], ImportOutcome.Failed(invalid)) : new CheckedFile(plan, rows, null);
    }

    /// <summary>
    /// A file published at import (<c>--publish</c>, the embedded default): straight into the public figures, in one
    /// transaction with whatever the file adds to the register. With <see cref="ImportOptions.ReviewBeforePublishing"/>
    /// (<c>--publish</c>) the figures are put to the review's rules first, and flagged figures without a note refuse the
    /// whole file.
    /// </summary>
    private async Task<ImportOutcome> StorePublishedAsync(ParsedDataset dataset, DatasetCodes codes, string fileSha256, CheckedFile checkedFile, ImportOptions options, bool ownsDataset, Action? validated, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var releaseParsedValues = ownsDataset && !strategy.RetriesOnFailure;
        var attempt = 0;
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var foreignKeyChecks = await ImportForeignKeyChecks.PauseAsync(db, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ImportWriteLock.AcquireAsync(db, cancellationToken);
            var file = checkedFile;
            if (attempt++ > 0 || await registry.ReadStampAsync(cancellationToken) != file.Plan!.Stamp)
            {
                // Another import changed the register since the file was checked (two imports adding the same codes
                // at once, or a retry): check it again against the register as it is now, under the write lock.
                file = await CheckAsync(dataset, codes, await registry.LoadAsync(cancellationToken), options.Gemeenten);
                if (file.Failure is { } failure)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return failure;
                }
            }

            if (releaseParsedValues)
            {
                dataset.Observations.Clear();
                dataset.Observations.TrimExcess();
            }

            validated?.Invoke();
            var outcome = await WritePublishedAsync(dataset, fileSha256, file.Plan!, file.Rows, options, cancellationToken);
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

    private async Task<ImportOutcome> WritePublishedAsync(ParsedDataset dataset, string fileSha256, ImportPlan plan, List<ObservationRow> rows, ImportOptions options, CancellationToken cancellationToken)
    {
        var write = await CompareForPublicationAsync(plan, rows, cancellationToken);
        var (inserts, updates, unchanged, register) = (write.Inserts, write.Updates, write.Unchanged, write.Register);
        if (inserts.Count == 0 && updates.Count == 0 && register.AreasAdded == 0 && register.IndicatorsAdded == 0 && register.LayoutsExtended == 0)
        {
            return NothingChanged(dataset.FileName, unchanged);
        }

        // The review's rules on the comparison just made, inside the write transaction and before any figure is
        // written: worked out once, on what this import read anyway, against the figures public now; a refusal leaves
        // nothing behind (the caller rolls back what the register got). The embedded default data does not ask for it:
        // a trusted path, its files ship with the release (DefaultDataLoader).
        var flagged = options.ReviewBeforePublishing ? await review.FlaggedAsync(write, cancellationToken) : [];
        if (flagged.Count > 0 && string.IsNullOrWhiteSpace(options.PublicationNote))
        {
            return FlaggedOutcome(dataset.FileName, flagged);
        }

        var now = clock.GetUtcNow();
        var batch = new ImportBatch(dataset.Format, dataset.FileName, fileSha256, dataset.SourceTable, options.ImportedBy, now);
        batch.DescribeContent(dataset.LayoutYear, dataset.MayCreateIndicators);
        batch.RecordCounts(inserts.Count, updates.Count, unchanged);
        if (batch.Publish(options.ImportedBy, now, options.PublicationNote).Error is { } refused)
        {
            return ImportOutcome.Failed([new ImportIssue(dataset.FileName, null, null, null, refused.Message)]);
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        // Every import is in the audit trail, whichever way it came (web form, CLI, embedded default), in the
        // same transaction as its figures: who brought figures in, and whether they went public without review.
        RecordCreated(batch);
        if (batch.PublicationNote is { } note)
        {
            // Published with a written note: the entry the review page's "publish with a note" writes, so the trail
            // reads the same whichever way the figures went public (none of the flagged figures confirmed one by one).
            var figures = inserts.Count + updates.Count;
            audit.Record(
                AuditAction.Created,
                AuditEntityTypes.ObservationStatus,
                batch.Id.ToString(CultureInfo.InvariantCulture),
                $"{batch.FileName}: {figures} cijfers gepubliceerd bij het inlezen{PublicationAudit.ReviewSummary(flagged.Count, flagged.Count)}",
                before: null,
                new PublishedFiguresSnapshot(batch.Id, figures, ObservationStatus.Published, flagged.Count, [], note));
        }
        publicChanges.Invalidate(await FigureChangeTags.OfAsync(registry, write, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await WritePublicationAsync(write, batch.Id, now, cancellationToken);

        return new ImportOutcome
        {
            Succeeded = true,
            Added = inserts.Count,
            Changed = updates.Count,
            Unchanged = unchanged,
            AreasAdded = register.AreasAdded,
            IndicatorsAdded = register.IndicatorsAdded,
            BatchId = batch.Id,
            Message = string.Create(
                Dutch,
                $"{dataset.FileName} ingelezen als gepubliceerd: {inserts.Count:N0} nieuw, {updates.Count:N0} gewijzigd (oude waarde bewaard), {unchanged:N0} ongewijzigd; {register.AreasAdded:N0} gebieden en {register.IndicatorsAdded:N0} indicatoren toegevoegd{(register.LayoutsExtended > 0 ? $"; bij {register.LayoutsExtended:N0} bestaande gebieden de gebiedsindeling {dataset.LayoutYear} vastgelegd" : string.Empty)}."),
        };
    }

    /// <summary>
    /// Inside the caller's write transaction: adds to the register what the plan found missing, turns the rows'
    /// provisional ids into stored ones and compares them with the published figures.
    /// </summary>
    private async Task<PublicationWrite> CompareForPublicationAsync(ImportPlan plan, List<ObservationRow> rows, CancellationToken cancellationToken)
    {
        var register = await RegisterWrites.ApplyAsync(db, registry, plan, cancellationToken);
        register.Remap(rows);

        // Only the stored indicators, periods and breakdowns this file has: loading the 2016 and 18+ figures to
        // compare a 2020 65+ file costs seconds and memory for nothing, and new ones have no figures yet.
        var existing = await StoredValues.LoadAsync(db, plan.StoredIndicatorIds, plan.StoredPeriodIds, plan.StoredBreakdownIds, cancellationToken);

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
            else if (stored.Measurement == row.Measurement && stored.Status == ObservationStatus.Published)
            {
                unchanged++;
            }
            else
            {
                updates.Add((stored, row));
            }
        }

        return new PublicationWrite(register, inserts, updates, unchanged);
    }

    private async Task WritePublicationAsync(PublicationWrite write, int batchId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var writer = BulkObservationWriter.For(db);
        await writer.InsertAsync(write.Inserts, ObservationStatus.Published, batchId, cancellationToken);
        await writer.ReviseAsync(write.Updates, ObservationStatus.Published, batchId, at, cancellationToken);
    }

    /// <summary>
    /// A draft: its new and changed values are kept beside the published figures, by the codes the file uses, and
    /// nothing in the register or the public figures changes. The comparison is with the published figures, read
    /// before the write; the write itself is one short transaction (the batch, its audit entry, its values).
    /// </summary>
    private async Task<ImportOutcome> StoreDraftAsync(ParsedDataset dataset, string fileSha256, CheckedFile checkedFile, ImportOptions options, bool ownsDataset, Action? validated, CancellationToken cancellationToken)
    {
        var plan = checkedFile.Plan!;
        var existing = await StoredValues.LoadAsync(db, plan.StoredIndicatorIds, plan.StoredPeriodIds, plan.StoredBreakdownIds, cancellationToken);
        var proposed = new Dictionary<ObservationKey, Measurement>();
        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in checkedFile.Rows)
        {
            if (!existing.TryGetValue(row.Key, out var stored))
            {
                added++;
                proposed.Add(row.Key, row.Measurement);
            }
            else if (stored.Measurement == row.Measurement && stored.Status == ObservationStatus.Published)
            {
                unchanged++;
            }
            else
            {
                changed++;
                proposed.Add(row.Key, row.Measurement);
            }
        }

        if (proposed.Count == 0)
        {
            return NothingChanged(dataset.FileName, unchanged);
        }

        var pending = PendingValuesOf(dataset, plan, proposed);
        if (await WaitingDraftWithAsync(dataset, fileSha256, pending, cancellationToken) is { } waiting)
        {
            return new ImportOutcome
            {
                Succeeded = true,
                NothingChanged = true,
                Unchanged = unchanged,
                Message = string.Create(Dutch, $"Niets gewijzigd: {dataset.FileName} wacht al als concept (import {waiting}) met dezelfde {pending.Count:N0} nieuwe en gewijzigde waarden."),
            };
        }

        var strategy = db.Database.CreateExecutionStrategy();
        if (ownsDataset && !strategy.RetriesOnFailure)
        {
            dataset.Observations.Clear();
            dataset.Observations.TrimExcess();
        }

        validated?.Invoke();
        var newAreas = plan.NewAreas;
        var newMeasures = plan.NewIndicators;
        var batchId = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = new ImportBatch(dataset.Format, dataset.FileName, fileSha256, dataset.SourceTable, options.ImportedBy, clock.GetUtcNow());
            batch.DescribeContent(dataset.LayoutYear, dataset.MayCreateIndicators);
            batch.RecordCounts(added, changed, unchanged);
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            RecordCreated(batch);
            db.PendingAreas.AddRange(newAreas.Select(a => new PendingArea(batch.Id, a.Code.Value, a.Name, a.LayoutYear)));
            db.PendingMeasures.AddRange(newMeasures.Select(m => new PendingMeasure(batch.Id, m.Key, m.Title, m.Unit)));
            await db.SaveChangesAsync(cancellationToken);
            await BulkObservationWriter.For(db).InsertPendingAsync(batch.Id, pending, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return batch.Id;
        });

        var adds = newAreas.Count > 0 || newMeasures.Count > 0
            ? string.Create(Dutch, $"; publiceren voegt ook {newAreas.Count:N0} gebieden en {newMeasures.Count:N0} indicatoren toe")
            : string.Empty;
        return new ImportOutcome
        {
            Succeeded = true,
            Added = added,
            Changed = changed,
            Unchanged = unchanged,
            BatchId = batchId,
            Message = string.Create(
                Dutch,
                $"{dataset.FileName} ingelezen als concept: {added:N0} nieuw, {changed:N0} gewijzigd, {unchanged:N0} ongewijzigd. De cijfers wachten naast de gepubliceerde op beoordeling door een kennispartner en zijn pas na publiceren openbaar{adds}."),
        };
    }

    /// <summary>
    /// The draft batch that already holds exactly these values from the same file, if one still waits: reading a
    /// file in again changes nothing, for a draft as for a published import.
    /// </summary>
    private async Task<int?> WaitingDraftWithAsync(ParsedDataset dataset, string fileSha256, List<PendingValue> pending, CancellationToken cancellationToken)
    {
        var candidates = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Status == ImportBatchStatus.Draft && b.FileSha256 == fileSha256 && b.FileName == dataset.FileName && b.Format == dataset.Format)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            if (await db.PendingObservations.CountAsync(p => p.ImportBatchId == id, cancellationToken) != pending.Count)
            {
                continue;
            }

            var same = true;
            var i = 0;
            var stored = db.PendingObservations.AsNoTracking().Where(p => p.ImportBatchId == id).OrderBy(p => p.Sequence)
                .Select(p => new { p.AreaCode, p.MeasureKey, p.PeriodCode, p.BreakdownCode, p.Value, p.Lower, p.Upper, p.SampleSize })
                .AsAsyncEnumerable();
            await foreach (var p in stored.WithCancellation(cancellationToken))
            {
                var value = pending[i++];
                if (p.AreaCode != value.AreaCode || p.MeasureKey != value.MeasureKey || p.PeriodCode != value.PeriodCode || p.BreakdownCode != value.BreakdownCode
                    || Measurement.FromStore(p.Value, p.Lower, p.Upper, p.SampleSize) != value.Measurement)
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>A draft's proposed values with the codes the file wrote them with, in the file's order.</summary>
    private static List<PendingValue> PendingValuesOf(ParsedDataset dataset, ImportPlan plan, Dictionary<ObservationKey, Measurement> proposed)
    {
        var pending = new List<PendingValue>(proposed.Count);
        var indicatorOf = new CodeLookup<IndicatorMatch>(plan.Indicators);
        var areaIdOf = new CodeLookup<int>(plan.AreaIds);
        var periodIdOf = new CodeLookup<int>(plan.PeriodIds);
        var breakdownIdOf = new CodeLookup<int>(plan.BreakdownIds);
        foreach (var parsed in dataset.Observations)
        {
            var key = new ObservationKey(indicatorOf[parsed.MeasureKey].Id, areaIdOf[parsed.AreaCode], periodIdOf[parsed.PeriodCode], breakdownIdOf[parsed.BreakdownCode]);
            if (proposed.TryGetValue(key, out var measurement))
            {
                pending.Add(new PendingValue(parsed.AreaCode, parsed.MeasureKey, parsed.PeriodCode, parsed.BreakdownCode, measurement, parsed.Row));
            }
        }

        return pending;
    }

    /// <summary>
    /// Publishes a batch's pending values inside the caller's write transaction: they are read back as the file they
    /// came from and go through the same matching, validation and writing as an import that publishes at once
    /// (checked again, because the register may have changed since the draft was read), into this batch. The
    /// pending values are then removed, and the pages showing the figures are marked stale. Nothing is stored when the
    /// check fails: the caller rolls back.
    /// </summary>
    internal async Task<PendingPublication> PublishPendingAsync(ImportBatch batch, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var dataset = await PendingBatches.LoadDatasetAsync(db, batch, cancellationToken);
        var codes = DatasetCodes.Of(dataset.Observations);
        var file = await CheckAsync(dataset, codes, await registry.LoadAsync(cancellationToken), gemeenten: null);
        if (file.Failure is { } failure)
        {
            return new PendingPublication(failure, 0, 0);
        }

        dataset.Observations.Clear();
        var write = await CompareForPublicationAsync(file.Plan!, file.Rows, cancellationToken);
        await WritePublicationAsync(write, batch.Id, at, cancellationToken);
        publicChanges.Invalidate(await FigureChangeTags.OfAsync(registry, write, cancellationToken));
        batch.RecordCounts(write.Inserts.Count, write.Updates.Count, write.Unchanged);
        await PendingBatches.DiscardAsync(db, batch.Id, cancellationToken);
        return new PendingPublication(null, write.Inserts.Count + write.Updates.Count, write.Register.AreasAdded + write.Register.IndicatorsAdded);
    }

    /// <summary>
    /// A file refused for its flagged figures: nothing stored, every flagged figure named (the first
    /// <see cref="MaxFlaggedListed"/>), in Dutch as the importer's other messages.
    /// </summary>
    private static ImportOutcome FlaggedOutcome(string fileName, IReadOnlyList<FigureOutlier> flagged) => new()
    {
        Succeeded = false,
        Flagged = flagged.Count,
        Issues = [.. flagged.Take(MaxFlaggedListed).Select(o => new ImportIssue(fileName, null, null, null, OutlierText.Describe(o, Dutch)))],
        Message = string.Create(
            Dutch,
            $"Import afgebroken, er is niets opgeslagen of gepubliceerd: {flagged.Count:N0} {(flagged.Count == 1 ? "cijfer" : "cijfers")} uit {fileName} {(flagged.Count == 1 ? "valt" : "vallen")} op bij de controle van de import en {(flagged.Count == 1 ? "is" : "zijn")} niet bevestigd."),
    };

    private static ImportOutcome NothingChanged(string fileName, int unchanged) => new()
    {
        Succeeded = true,
        NothingChanged = true,
        Unchanged = unchanged,
        Message = string.Create(Dutch, $"Niets gewijzigd: alle {unchanged:N0} waarden uit {fileName} stonden al zo in de database."),
    };

    private void RecordCreated(ImportBatch batch) =>
        audit.RecordJson(
            AuditAction.Created,
            AuditEntityTypes.ImportBatch,
            batch.Id.ToString(CultureInfo.InvariantCulture),
            batch.FileName,
            beforeJson: null,
            afterJson: BatchSnapshotJson(batch));

    /// <summary>The audit trail's view of a new batch, written by hand: see <see cref="IAuditLog.RecordJson"/>.</summary>
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
            if (batch.PublicationNote is { } note)
            {
                json.WriteString("PublicationNote", note);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>A file matched and validated: its plan and rows, or the outcome that refused it.</summary>
internal sealed record CheckedFile(ImportPlan? Plan, List<ObservationRow> Rows, ImportOutcome? Failure);

/// <summary>What publishing rows will do, worked out inside the write transaction.</summary>
internal sealed record PublicationWrite(RegisterWrites Register, List<ObservationRow> Inserts, List<(StoredObservation Old, ObservationRow New)> Updates, int Unchanged);

/// <summary>The result of <see cref="ObservationImporter.PublishPendingAsync"/>: the refusal, or how many figures became public.</summary>
/// <param name="RegisterAdded">Areas and indicators the publication added to the register.</param>
internal sealed record PendingPublication(ImportOutcome? Failure, int Figures, int RegisterAdded);

/// <summary>A draft's value as the file wrote it, for the bulk writer.</summary>
internal readonly record struct PendingValue(string AreaCode, string MeasureKey, string PeriodCode, string BreakdownCode, Measurement Measurement, int Row);

/// <summary>The first file of an import being parsed while the database starts (<see cref="ObservationImporter.ParseFirstFile"/>).</summary>
public sealed class FirstFileParse
{
    internal FirstFileParse(string path, Task<PreparedFile> parsing)
    {
        Path = path;
        Parsing = parsing;
    }

    internal string Path { get; }

    internal Task<PreparedFile> Parsing { get; }
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
