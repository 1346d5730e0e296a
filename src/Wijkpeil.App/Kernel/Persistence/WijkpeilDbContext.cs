using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>
/// The Wijkpeil database: one model for both providers, made of every <see cref="IEntityTypeConfiguration{T}"/> in
/// this assembly. Each module maps its own tables (<c>Modules/X/Storage</c>) and gives its own code the tables as
/// extension properties (<c>db.Projects</c>, in the module's namespace); this class names no module. Each provider has
/// a subclass in the host only so that it can carry its own migration set (<c>Data/Sqlite</c>, <c>Data/Postgres</c>).
/// </summary>
public abstract class WijkpeilDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The database's own bookkeeping, such as which default data set is loaded.</summary>
    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Every configured entity type joins the model first, as DbSet properties would have it join: a configuration
        // may name a shadow foreign key (a child's "ProjectId") that only exists once its parent's navigations are
        // known, and configurations are applied in name order, not parents first.
        foreach (var entityType in ConfiguredEntityTypes)
        {
            modelBuilder.Entity(entityType);
        }

        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WijkpeilDbContext).Assembly);
    }

    private static readonly Type[] ConfiguredEntityTypes = typeof(WijkpeilDbContext).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
        .SelectMany(t => t.GetInterfaces())
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
        .Select(i => i.GetGenericArguments()[0])
        .Distinct()
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

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
