using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wijkpeil.App.Data.Postgres;
using Wijkpeil.App.Data.Sqlite;

namespace Wijkpeil.App.Data;

// Used only by `dotnet ef migrations add`; the running app configures contexts in WijkpeilServices.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWijkpeilDbContext>
{
    public SqliteWijkpeilDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWijkpeilDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWijkpeilDbContext>
{
    public PostgresWijkpeilDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWijkpeilDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
