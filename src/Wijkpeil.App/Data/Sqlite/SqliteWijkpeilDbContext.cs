using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Data.Sqlite;

/// <summary>The SQLite flavour of the database, with its own migrations in this folder.</summary>
public sealed class SqliteWijkpeilDbContext(DbContextOptions<SqliteWijkpeilDbContext> options) : WijkpeilDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time type that sorts with offsets; UTC ticks keep order and equality exact.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
