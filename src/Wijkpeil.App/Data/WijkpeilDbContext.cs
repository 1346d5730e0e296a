using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Data;

/// <summary>
/// The Wijkpeil database. One model for both providers; each provider has its own subclass only so
/// that it can carry its own migration set (see <see cref="Sqlite.SqliteWijkpeilDbContext"/> and
/// <see cref="Postgres.PostgresWijkpeilDbContext"/>). Accounts are ASP.NET Core Identity's tables, renamed
/// to the lower-case names of the rest (see AccountConfigurations).
/// </summary>
public abstract class WijkpeilDbContext(DbContextOptions options) : IdentityDbContext<WijkpeilUser, IdentityRole, string>(options)
{
    public DbSet<Area> Areas => Set<Area>();

    public DbSet<AreaBoundary> AreaBoundaries => Set<AreaBoundary>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorSourceMapping> IndicatorSourceMappings => Set<IndicatorSourceMapping>();

    public DbSet<Period> Periods => Set<Period>();

    public DbSet<Breakdown> Breakdowns => Set<Breakdown>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ObservationRevision> ObservationRevisions => Set<ObservationRevision>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    /// <summary>Values of draft (and withdrawn) batches, waiting beside the published ones; see <see cref="PendingObservation"/>.</summary>
    public DbSet<PendingObservation> PendingObservations => Set<PendingObservation>();

    /// <summary>Areas a pending batch would add to the register when published.</summary>
    public DbSet<PendingArea> PendingAreas => Set<PendingArea>();

    /// <summary>Measures a pending batch would add to the catalogue when published.</summary>
    public DbSet<PendingMeasure> PendingMeasures => Set<PendingMeasure>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();

    /// <summary>The gemeenten each AreaEditor may edit.</summary>
    public DbSet<UserGemeente> UserGemeenten => Set<UserGemeente>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    /// <summary>The execution agenda; children (pillars, timeline, outputs, indicators, money) are owned by a project.</summary>
    public DbSet<Project> Projects => Set<Project>();

    /// <summary>The stories behind the numbers, with their quotes.</summary>
    public DbSet<Story> Stories => Set<Story>();

    /// <summary>Who changed what and when, with the values before and after; only ever appended to.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Which tags of cached public pages went stale, for every web process on this database to evict.</summary>
    public DbSet<CacheInvalidation> CacheInvalidations => Set<CacheInvalidation>();

    /// <summary>
    /// Identity's table layout, fixed here: Identity otherwise takes it from the host's IdentityOptions, which
    /// `dotnet ef` does not have, so the migrations and the running app could disagree. Version 2, without
    /// version 3's passkeys table: there is no passkey login, and its JSON column does not map on SQLite here.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Identity's own mapping first; the configurations in this assembly then rename its tables.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WijkpeilDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<AreaCode>().HaveConversion<AreaCodeConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<string>().HaveMaxLength(400);

        // Enums as names: the database stays readable in psql and sqlite3 and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        // Indexes are declared where queries need them, not one per foreign key: every index on
        // observations is paid for by each of the millions of rows an import writes.
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();
    }
}

/// <summary>A key/value row for the database's own bookkeeping, such as which default data set is loaded.</summary>
public sealed class SystemSetting
{
    public SystemSetting(string key, string value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; private set; }

    public string Value { get; set; }
}
