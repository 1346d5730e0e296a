using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>
/// Writes observations in bulk inside the import's transaction. EF Core change tracking costs minutes
/// on the 1.8 million values of one StatLine table; prepared statements (SQLite) and binary COPY
/// (PostgreSQL) take seconds.
/// </summary>
internal abstract class BulkObservationWriter(WijkpeilDbContext db)
{
    protected WijkpeilDbContext Db { get; } = db;

    protected DbConnection Connection => Db.Database.GetDbConnection();

    protected DbTransaction? Transaction => Db.Database.CurrentTransaction?.GetDbTransaction();

    public static BulkObservationWriter For(WijkpeilDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresBulkObservationWriter(db) : new SqliteBulkObservationWriter(db);

    public abstract Task InsertAsync(IReadOnlyList<ObservationRow> rows, ObservationStatus status, int batchId, CancellationToken cancellationToken);

    /// <summary>Writes a draft's values by code, numbered from 0 in the given order.</summary>
    public abstract Task InsertPendingAsync(int batchId, IReadOnlyList<PendingValue> values, CancellationToken cancellationToken);

    /// <summary>From this many changed values on, they are written set-wise (<see cref="ReviseManyAsync"/>).</summary>
    private const int SetWiseFrom = 1_000;

    /// <summary>Replaces stored values, keeping each old value as a revision.</summary>
    public async Task ReviseAsync(IReadOnlyList<(StoredObservation Old, ObservationRow New)> updates, ObservationStatus status, int batchId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return;
        }

        if (updates.Count >= SetWiseFrom)
        {
            await ReviseManyAsync(updates, status, batchId, at, cancellationToken);
            return;
        }

        var revisions = new List<ObservationRevision>(updates.Count);
        await using (var update = Connection.CreateCommand())
        {
            update.Transaction = Transaction;
            update.CommandText = """
                UPDATE observations SET "Value" = @value, "Lower" = @lower, "Upper" = @upper, "SampleSize" = @n,
                    "Status" = @status, "ImportBatchId" = @batch
                WHERE "IndicatorId" = @indicator AND "PeriodId" = @period AND "BreakdownId" = @breakdown AND "AreaId" = @area
                """;
            var value = AddParameter(update, "@value");
            var lower = AddParameter(update, "@lower");
            var upper = AddParameter(update, "@upper");
            var sampleSize = AddParameter(update, "@n");
            AddParameter(update, "@status").Value = (int)status;
            AddParameter(update, "@batch").Value = batchId;
            var indicator = AddParameter(update, "@indicator");
            var period = AddParameter(update, "@period");
            var breakdown = AddParameter(update, "@breakdown");
            var area = AddParameter(update, "@area");
            foreach (var (old, row) in updates)
            {
                value.Value = row.Measurement.Value;
                lower.Value = (object?)row.Measurement.Lower ?? DBNull.Value;
                upper.Value = (object?)row.Measurement.Upper ?? DBNull.Value;
                sampleSize.Value = (object?)row.Measurement.SampleSize ?? DBNull.Value;
                var key = row.Key;
                indicator.Value = key.IndicatorId;
                period.Value = key.PeriodId;
                breakdown.Value = key.BreakdownId;
                area.Value = key.AreaId;
                await update.ExecuteNonQueryAsync(cancellationToken);
                revisions.Add(new ObservationRevision(key.IndicatorId, key.AreaId, key.PeriodId, key.BreakdownId, old.Measurement, old.Status, old.ImportBatchId, batchId, at));
            }
        }

        Db.ObservationRevisions.AddRange(revisions);
        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Many changed values at once (a corrected table, a published draft of one): the new values go into a temporary
    /// table in bulk, and three statements keep the old values as revisions and update the figures. One statement per
    /// value and EF Core's tracking of every revision took about 7 s (SQLite) and 25 s (PostgreSQL) for 60,000
    /// values, all of it under the write lock.
    /// </summary>
    private async Task ReviseManyAsync(IReadOnlyList<(StoredObservation Old, ObservationRow New)> updates, ObservationStatus status, int batchId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            """
            CREATE TEMPORARY TABLE revised_values (
                "IndicatorId" INTEGER NOT NULL, "PeriodId" INTEGER NOT NULL, "BreakdownId" INTEGER NOT NULL, "AreaId" INTEGER NOT NULL,
                "Value" DOUBLE PRECISION NOT NULL, "Lower" DOUBLE PRECISION NULL, "Upper" DOUBLE PRECISION NULL, "SampleSize" INTEGER NULL,
                PRIMARY KEY ("IndicatorId", "PeriodId", "BreakdownId", "AreaId"))
            """,
            cancellationToken);
        await InsertRevisedValuesAsync(updates, cancellationToken);

        // Observations store the status as a number (2 is Published), revisions as its name.
        await ExecuteAsync(
            """
            INSERT INTO observation_revisions ("IndicatorId", "AreaId", "PeriodId", "BreakdownId", "Value", "Lower", "Upper", "SampleSize", "Status", "ImportBatchId", "ReplacedByImportBatchId", "ReplacedAt")
            SELECT o."IndicatorId", o."AreaId", o."PeriodId", o."BreakdownId", o."Value", o."Lower", o."Upper", o."SampleSize",
                   CASE o."Status" WHEN 0 THEN 'Draft' WHEN 1 THEN 'Approved' ELSE 'Published' END, o."ImportBatchId", @batch, @at
            FROM revised_values r
            JOIN observations o ON o."IndicatorId" = r."IndicatorId" AND o."PeriodId" = r."PeriodId" AND o."BreakdownId" = r."BreakdownId" AND o."AreaId" = r."AreaId"
            """,
            cancellationToken,
            ("@batch", batchId),
            ("@at", StoredMoment(at)));
        await ExecuteAsync(
            """
            UPDATE observations AS o
            SET "Value" = r."Value", "Lower" = r."Lower", "Upper" = r."Upper", "SampleSize" = r."SampleSize", "Status" = @status, "ImportBatchId" = @batch
            FROM revised_values r
            WHERE o."IndicatorId" = r."IndicatorId" AND o."PeriodId" = r."PeriodId" AND o."BreakdownId" = r."BreakdownId" AND o."AreaId" = r."AreaId"
            """,
            cancellationToken,
            ("@status", (int)status),
            ("@batch", batchId));
        await ExecuteAsync("DROP TABLE revised_values", cancellationToken);
    }

    /// <summary>Writes the new values of <see cref="ReviseManyAsync"/> into its temporary table.</summary>
    protected abstract Task InsertRevisedValuesAsync(IReadOnlyList<(StoredObservation Old, ObservationRow New)> updates, CancellationToken cancellationToken);

    /// <summary>A moment as the provider stores it (SQLite: the binary long of EF Core's converter).</summary>
    protected abstract object StoredMoment(DateTimeOffset at);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name).Value = value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

internal sealed class SqliteBulkObservationWriter(WijkpeilDbContext db) : BulkObservationWriter(db)
{
    // Binds through SQLite's C API on the connection EF Core opened (same transaction): ADO.NET parameters
    // box every value, which made the 1.5 million inserts of a StatLine table cost seconds of garbage.
    public override Task InsertAsync(IReadOnlyList<ObservationRow> rows, ObservationStatus status, int batchId, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var handle = ((SqliteConnection)Connection).Handle
            ?? throw new InvalidOperationException("The SQLite connection is not open.");
        const string sql = """
            INSERT INTO observations ("IndicatorId", "AreaId", "PeriodId", "BreakdownId", "Value", "Lower", "Upper", "SampleSize", "Status", "ImportBatchId")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """;
        // The default 2 MB page cache thrashes on the two observation indexes; 64 MB holds them for a
        // StatLine table. Connection-scoped, and SQLite allocates it only as pages are used.
        Check(handle, raw.sqlite3_exec(handle, "PRAGMA cache_size = -65536"));
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            Check(handle, raw.sqlite3_bind_int(statement, 9, (int)status));
            Check(handle, raw.sqlite3_bind_int(statement, 10, batchId));

            // A binding stays after a reset, so only what differs from the previous row is bound again:
            // rows come grouped (one area's measures, one period and breakdown per file, mostly no interval),
            // which saves about half of the 15 million calls into SQLite for the three 50090NED tables.
            var bound = new RowBinding(statement);
            for (var i = 0; i < rows.Count; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                bound.Bind(rows[i], first: i == 0);
                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new InvalidOperationException($"SQLite insert failed: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
                }

                raw.sqlite3_reset(statement);
            }
        }

        return Task.CompletedTask;
    }

    public override Task InsertPendingAsync(int batchId, IReadOnlyList<PendingValue> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return Task.CompletedTask;
        }

        var handle = ((SqliteConnection)Connection).Handle
            ?? throw new InvalidOperationException("The SQLite connection is not open.");
        const string sql = """
            INSERT INTO pending_observations ("ImportBatchId", "Sequence", "AreaCode", "MeasureKey", "PeriodCode", "BreakdownCode", "Value", "Lower", "Upper", "SampleSize", "Row")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """;
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            Check(handle, raw.sqlite3_bind_int(statement, 1, batchId));

            // Codes repeat (one area's measures, one period and breakdown per file): bound again only when they change.
            string? area = null, measure = null, period = null, breakdown = null;
            for (var i = 0; i < values.Count; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var value = values[i];
                raw.sqlite3_bind_int(statement, 2, i);
                BindText(statement, 3, value.AreaCode, ref area);
                BindText(statement, 4, value.MeasureKey, ref measure);
                BindText(statement, 5, value.PeriodCode, ref period);
                BindText(statement, 6, value.BreakdownCode, ref breakdown);
                var measurement = value.Measurement;
                raw.sqlite3_bind_double(statement, 7, measurement.Value);
                BindNullable(statement, 8, measurement.Lower);
                BindNullable(statement, 9, measurement.Upper);
                if (measurement.SampleSize is { } sampleSize)
                {
                    raw.sqlite3_bind_int(statement, 10, sampleSize);
                }
                else
                {
                    raw.sqlite3_bind_null(statement, 10);
                }

                raw.sqlite3_bind_int(statement, 11, value.Row);
                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new InvalidOperationException($"SQLite insert failed: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
                }

                raw.sqlite3_reset(statement);
            }
        }

        return Task.CompletedTask;
    }

    private static void BindText(sqlite3_stmt statement, int index, string text, ref string? bound)
    {
        if (!ReferenceEquals(text, bound))
        {
            raw.sqlite3_bind_text(statement, index, text);
            bound = text;
        }
    }

    private static void BindNullable(sqlite3_stmt statement, int index, double? value)
    {
        if (value is { } present)
        {
            raw.sqlite3_bind_double(statement, index, present);
        }
        else
        {
            raw.sqlite3_bind_null(statement, index);
        }
    }

    protected override object StoredMoment(DateTimeOffset at) =>
        new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;

    protected override Task InsertRevisedValuesAsync(IReadOnlyList<(StoredObservation Old, ObservationRow New)> updates, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)Connection).Handle
            ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(handle, raw.sqlite3_prepare_v2(handle, "INSERT INTO revised_values VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", out var statement));
        using (statement)
        {
            for (var i = 0; i < updates.Count; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var (key, measurement) = updates[i].New;
                raw.sqlite3_bind_int(statement, 1, key.IndicatorId);
                raw.sqlite3_bind_int(statement, 2, key.PeriodId);
                raw.sqlite3_bind_int(statement, 3, key.BreakdownId);
                raw.sqlite3_bind_int(statement, 4, key.AreaId);
                raw.sqlite3_bind_double(statement, 5, measurement.Value);
                BindNullable(statement, 6, measurement.Lower);
                BindNullable(statement, 7, measurement.Upper);
                if (measurement.SampleSize is { } sampleSize)
                {
                    raw.sqlite3_bind_int(statement, 8, sampleSize);
                }
                else
                {
                    raw.sqlite3_bind_null(statement, 8);
                }

                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new InvalidOperationException($"SQLite insert failed: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
                }

                raw.sqlite3_reset(statement);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The values bound to the insert statement's parameters 1 to 8, to skip binding them again.</summary>
    private sealed class RowBinding(sqlite3_stmt statement)
    {
        private ObservationRow _previous;

        public void Bind(in ObservationRow row, bool first)
        {
            var key = row.Key;
            var measurement = row.Measurement;
            var previousKey = _previous.Key;
            var previousMeasurement = _previous.Measurement;
            BindInt(1, key.IndicatorId, first || key.IndicatorId != previousKey.IndicatorId);
            BindInt(2, key.AreaId, first || key.AreaId != previousKey.AreaId);
            BindInt(3, key.PeriodId, first || key.PeriodId != previousKey.PeriodId);
            BindInt(4, key.BreakdownId, first || key.BreakdownId != previousKey.BreakdownId);
            raw.sqlite3_bind_double(statement, 5, measurement.Value);
            BindOptional(6, measurement.Lower, first || measurement.Lower is not null || previousMeasurement.Lower is not null);
            BindOptional(7, measurement.Upper, first || measurement.Upper is not null || previousMeasurement.Upper is not null);
            if (first || measurement.SampleSize != previousMeasurement.SampleSize)
            {
                if (measurement.SampleSize is { } sampleSize)
                {
                    raw.sqlite3_bind_int(statement, 8, sampleSize);
                }
                else
                {
                    raw.sqlite3_bind_null(statement, 8);
                }
            }

            _previous = row;
        }

        private void BindInt(int index, int value, bool changed)
        {
            if (changed)
            {
                raw.sqlite3_bind_int(statement, index, value);
            }
        }

        private void BindOptional(int index, double? value, bool bind)
        {
            if (!bind)
            {
                return;
            }

            if (value is { } present)
            {
                raw.sqlite3_bind_double(statement, index, present);
            }
            else
            {
                raw.sqlite3_bind_null(statement, index);
            }
        }
    }

    private static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {result}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
    }
}

internal sealed class PostgresBulkObservationWriter(WijkpeilDbContext db) : BulkObservationWriter(db)
{
    // COPY is not an EF Core command: without this it would get the connection's 30 s, which a large table on a busy
    // server can exceed, instead of the command timeout the context has.
    private TimeSpan CopyTimeout => TimeSpan.FromSeconds(Db.Database.GetCommandTimeout() ?? 600);

    public override async Task InsertAsync(IReadOnlyList<ObservationRow> rows, ObservationStatus status, int batchId, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)Connection;
        await using var import = await connection.BeginBinaryImportAsync(
            """COPY observations ("IndicatorId", "AreaId", "PeriodId", "BreakdownId", "Value", "Lower", "Upper", "SampleSize", "Status", "ImportBatchId") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        import.Timeout = CopyTimeout;
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(row.Key.IndicatorId, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(row.Key.AreaId, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(row.Key.PeriodId, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(row.Key.BreakdownId, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(row.Measurement.Value, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(import, row.Measurement.Lower, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(import, row.Measurement.Upper, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(import, row.Measurement.SampleSize, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync((int)status, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(batchId, NpgsqlDbType.Integer, cancellationToken);
        }

        await import.CompleteAsync(cancellationToken);
    }

    public override async Task InsertPendingAsync(int batchId, IReadOnlyList<PendingValue> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)Connection;
        await using var import = await connection.BeginBinaryImportAsync(
            """COPY pending_observations ("ImportBatchId", "Sequence", "AreaCode", "MeasureKey", "PeriodCode", "BreakdownCode", "Value", "Lower", "Upper", "SampleSize", "Row") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        import.Timeout = CopyTimeout;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(batchId, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(value.AreaCode, NpgsqlDbType.Varchar, cancellationToken);
            await import.WriteAsync(value.MeasureKey, NpgsqlDbType.Varchar, cancellationToken);
            await import.WriteAsync(value.PeriodCode, NpgsqlDbType.Varchar, cancellationToken);
            await import.WriteAsync(value.BreakdownCode, NpgsqlDbType.Varchar, cancellationToken);
            await import.WriteAsync(value.Measurement.Value, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(import, value.Measurement.Lower, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(import, value.Measurement.Upper, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(import, value.Measurement.SampleSize, NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(value.Row, NpgsqlDbType.Integer, cancellationToken);
        }

        await import.CompleteAsync(cancellationToken);
    }

    protected override object StoredMoment(DateTimeOffset at) => at.ToUniversalTime();

    protected override async Task InsertRevisedValuesAsync(IReadOnlyList<(StoredObservation Old, ObservationRow New)> updates, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)Connection;
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY revised_values ("IndicatorId", "PeriodId", "BreakdownId", "AreaId", "Value", "Lower", "Upper", "SampleSize") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            import.Timeout = CopyTimeout;
            foreach (var (_, (key, measurement)) in updates)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(key.IndicatorId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(key.PeriodId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(key.BreakdownId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(key.AreaId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(measurement.Value, NpgsqlDbType.Double, cancellationToken);
                await WriteNullableAsync(import, measurement.Lower, NpgsqlDbType.Double, cancellationToken);
                await WriteNullableAsync(import, measurement.Upper, NpgsqlDbType.Double, cancellationToken);
                await WriteNullableAsync(import, measurement.SampleSize, NpgsqlDbType.Integer, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        // A temporary table has no statistics until analysed: without them the planner may not join it by key.
        await using var analyse = connection.CreateCommand();
        analyse.Transaction = (NpgsqlTransaction?)Transaction;
        analyse.CommandText = "ANALYZE revised_values";
        await analyse.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } present)
        {
            await import.WriteAsync(present, type, cancellationToken);
        }
        else
        {
            await import.WriteNullAsync(cancellationToken);
        }
    }
}
