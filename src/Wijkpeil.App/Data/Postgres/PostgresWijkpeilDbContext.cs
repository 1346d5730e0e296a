using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Data.Postgres;

/// <summary>The PostgreSQL flavour of the database, with its own migrations in this folder.</summary>
public sealed class PostgresWijkpeilDbContext(DbContextOptions<PostgresWijkpeilDbContext> options) : WijkpeilDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // One area's figures through an index of their own: PostgreSQL writes an import with COPY, where the
        // second index costs little, whereas SQLite reads an area through the primary key (ObservationKeyAccess).
        modelBuilder.Entity<Observation>().HasIndex(o => o.AreaId);
    }
}
