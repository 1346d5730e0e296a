using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Wijkpeil.App.Import;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Data;

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

    /// <summary>Replaces stored values, keeping each old value as a revision.</summary>
    public async Task ReviseAsync(IReadOnlyList<(StoredObservation Old, ObservationRow New)> updates, ObservationStatus status, int batchId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return;
        }

        var revisions = new List<ObservationRevision>(updates.Count);
        await using (var update = Connection.CreateCommand())
        {
            update.Transaction = Transaction;
            update.CommandText = """
                UPDATE observations SET "Value" = @value, "Lower" = @lower, "Upper" = @upper, "SampleSize" = @n,
                    "Status" = @status, "ImportBatchId" = @batch WHERE "Id" = @id
                """;
            var value = AddParameter(update, "@value");
            var lower = AddParameter(update, "@lower");
            var upper = AddParameter(update, "@upper");
            var sampleSize = AddParameter(update, "@n");
            AddParameter(update, "@status").Value = (int)status;
            AddParameter(update, "@batch").Value = batchId;
            var id = AddParameter(update, "@id");
            foreach (var (old, row) in updates)
            {
                value.Value = row.Measurement.Value;
                lower.Value = (object?)row.Measurement.Lower ?? DBNull.Value;
                upper.Value = (object?)row.Measurement.Upper ?? DBNull.Value;
                sampleSize.Value = (object?)row.Measurement.SampleSize ?? DBNull.Value;
                id.Value = old.Id;
                await update.ExecuteNonQueryAsync(cancellationToken);
                revisions.Add(new ObservationRevision(old.Id, old.Measurement, old.Status, old.ImportBatchId, batchId, at));
            }
        }

        Db.ObservationRevisions.AddRange(revisions);
        await Db.SaveChangesAsync(cancellationToken);
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
    public override async Task InsertAsync(IReadOnlyList<ObservationRow> rows, ObservationStatus status, int batchId, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = (SqliteCommand)Connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)Transaction;
        command.CommandText = """
            INSERT INTO observations ("IndicatorId", "AreaId", "PeriodId", "BreakdownId", "Value", "Lower", "Upper", "SampleSize", "Status", "ImportBatchId")
            VALUES (@i, @a, @p, @b, @v, @l, @u, @n, @s, @batch)
            """;
        var indicator = command.Parameters.Add("@i", SqliteType.Integer);
        var area = command.Parameters.Add("@a", SqliteType.Integer);
        var period = command.Parameters.Add("@p", SqliteType.Integer);
        var breakdown = command.Parameters.Add("@b", SqliteType.Integer);
        var value = command.Parameters.Add("@v", SqliteType.Real);
        var lower = command.Parameters.Add("@l", SqliteType.Real);
        var upper = command.Parameters.Add("@u", SqliteType.Real);
        var sampleSize = command.Parameters.Add("@n", SqliteType.Integer);
        command.Parameters.Add("@s", SqliteType.Integer).Value = (int)status;
        command.Parameters.Add("@batch", SqliteType.Integer).Value = batchId;
        command.Prepare();
        foreach (var row in rows)
        {
            indicator.Value = row.Key.IndicatorId;
            area.Value = row.Key.AreaId;
            period.Value = row.Key.PeriodId;
            breakdown.Value = row.Key.BreakdownId;
            value.Value = row.Measurement.Value;
            lower.Value = (object?)row.Measurement.Lower ?? DBNull.Value;
            upper.Value = (object?)row.Measurement.Upper ?? DBNull.Value;
            sampleSize.Value = (object?)row.Measurement.SampleSize ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        cancellationToken.ThrowIfCancellationRequested();
        await Task.CompletedTask;
    }
}

internal sealed class PostgresBulkObservationWriter(WijkpeilDbContext db) : BulkObservationWriter(db)
{
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
