using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>
/// The register's reads and bulk writes for an observation import (<see cref="IAreaRegistration"/>), on the caller's
/// connection and transaction. EF Core's per-entity inserts took seconds for the 16,000 areas of a 2020-layout table.
/// </summary>
internal sealed class AreaRegistration(WijkpeilDbContext db) : IAreaRegistration
{
    private DbConnection Connection => db.Database.GetDbConnection();

    private static readonly string[] Stamp =
    [
        "(SELECT COUNT(*) FROM areas)",
        """(SELECT COALESCE(MAX("Id"), 0) FROM areas)""",
        """(SELECT COALESCE(SUM(LENGTH("LayoutYears")), 0) FROM areas)""",
    ];

    private DbTransaction? Transaction => db.Database.CurrentTransaction?.GetDbTransaction();

    public IReadOnlyList<string> StampSql => Stamp;

    public async Task<IReadOnlyList<AreaLayouts>> LayoutsAsync(CancellationToken cancellationToken = default) =>
        await db.Areas.AsNoTracking()
            .Select(a => new AreaLayouts(a.Id, a.Code, EF.Property<List<int>>(a, "_layoutYears")))
            .ToListAsync(cancellationToken);

    public Task<IReadOnlyList<int>> AddAsync(IReadOnlyList<NewArea> areas, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<int>>([]);
        }

        var rows = areas.Select(a => new Area(a.Code, a.Name, a.Code.DerivedParent, a.LayoutYear is { } year ? [year] : [])).ToList();
        return Connection is SqliteConnection sqlite
            ? Task.FromResult<IReadOnlyList<int>>(InsertThroughSqlite(sqlite, rows, cancellationToken))
            : InsertAsync(rows, cancellationToken);
    }

    public async Task SetLayoutYearsAsync(IReadOnlyList<(int AreaId, IReadOnlyList<int> LayoutYears)> areas, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Count == 0)
        {
            return;
        }

        await using var update = Connection.CreateCommand();
        update.Transaction = Transaction;
        update.CommandText = """UPDATE areas SET "LayoutYears" = @years WHERE "Id" = @id""";
        var years = AddParameter(update, "@years");
        var id = AddParameter(update, "@id");
        foreach (var area in areas)
        {
            years.Value = LayoutYearsText(area.LayoutYears);
            id.Value = area.AreaId;
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<int>> InsertAsync(List<Area> areas, CancellationToken cancellationToken)
    {
        var ids = new List<int>(areas.Count);
        await using var insert = Connection.CreateCommand();
        insert.Transaction = Transaction;
        insert.CommandText = """
            INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES (@code, @level, @name, @parent, @years)
            RETURNING "Id"
            """;
        var code = AddParameter(insert, "@code");
        var level = AddParameter(insert, "@level");
        var name = AddParameter(insert, "@name");
        var parent = AddParameter(insert, "@parent");
        var years = AddParameter(insert, "@years");
        foreach (var area in areas)
        {
            code.Value = area.Code.Value;
            level.Value = area.Level.ToString();
            name.Value = area.Name;
            parent.Value = (object?)area.ParentCode?.Value ?? DBNull.Value;
            years.Value = LayoutYearsText(area.LayoutYears);
            ids.Add(Convert.ToInt32(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture));
        }

        return ids;
    }

    /// <summary>
    /// The same through SQLite's C API on the connection EF Core opened (same transaction): ADO.NET's reader per row
    /// made the 16,000 areas of a 2020-layout StatLine table cost a quarter of a second.
    /// </summary>
    private static List<int> InsertThroughSqlite(SqliteConnection connection, List<Area> areas, CancellationToken cancellationToken)
    {
        var ids = new List<int>(areas.Count);
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        const string sql = """
            INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES (?1, ?2, ?3, ?4, ?5)
            """;
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            foreach (var area in areas)
            {
                cancellationToken.ThrowIfCancellationRequested();
                raw.sqlite3_bind_text(statement, 1, area.Code.Value);
                raw.sqlite3_bind_text(statement, 2, area.Level.ToString());
                raw.sqlite3_bind_text(statement, 3, area.Name);
                if (area.ParentCode is { } parent)
                {
                    raw.sqlite3_bind_text(statement, 4, parent.Value);
                }
                else
                {
                    raw.sqlite3_bind_null(statement, 4);
                }

                raw.sqlite3_bind_text(statement, 5, LayoutYearsText(area.LayoutYears));
                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new InvalidOperationException($"SQLite insert failed: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
                }

                ids.Add(checked((int)raw.sqlite3_last_insert_rowid(handle)));
                raw.sqlite3_reset(statement);
            }
        }

        return ids;
    }

    private static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {result}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
    }

    private static string LayoutYearsText(IEnumerable<int> years) =>
        string.Join(',', years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
