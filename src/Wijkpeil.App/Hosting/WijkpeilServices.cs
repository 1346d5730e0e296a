using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data.Postgres;
using Wijkpeil.App.Data.Sqlite;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Hosting;

/// <summary>The services the web host and the CLI share: one registration, one configuration.</summary>
public static class WijkpeilServices
{
    public static IServiceCollection AddWijkpeil(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = DatabaseOptions.FromConfiguration(configuration);
        services.AddSingleton(database);
        services.AddSingleton(Data.Backup.BackupOptions.FromConfiguration(configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Kernel.Mail.MailOptions.Read(configuration, database));
        services.AddSingleton<Kernel.Mail.IMailSender, Kernel.Mail.MailKitSender>();

        // A write names the cached public pages it makes stale in its own transaction (Kernel.Caching).
        services.AddPublicChanges();

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(database.ConnectionString);
                // SQLite statements have no run time limit; its command timeout is only how long a write waits for the lock.
                // A list in a query (ids.Contains(x)) is one JSON parameter (IN (SELECT value FROM json_each(@ids))), not
                // EF 10's default of one parameter per element: that SQL differs with the list's length, so EF cannot keep
                // it and builds it anew on every run under a lock, which was a fifth of the area page's time under load
                // (docs/performance.md). SQLite reads the list once and still uses the primary key.
                services.AddDbContext<SqliteWijkpeilDbContext>((sp, o) => SkipModelDiffOnStart(o.UseSqlite(
                    database.EffectiveConnectionString,
                    s => s.CommandTimeout(database.WriteLockTimeoutSeconds).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))).AddPublicChanges(sp));
                services.AddScoped<WijkpeilDbContext>(sp => sp.GetRequiredService<SqliteWijkpeilDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresWijkpeilDbContext>((sp, o) => SkipModelDiffOnStart(o.UseNpgsql(database.EffectiveConnectionString, s => s.CommandTimeout(600))).AddPublicChanges(sp));
                services.AddScoped<WijkpeilDbContext>(sp => sp.GetRequiredService<PostgresWijkpeilDbContext>());
                break;
        }

        services.AddWijkpeilFeatures(configuration);
        return services;
    }

    /// <summary>
    /// EF Core compares the whole model with the migrations' snapshot on every Migrate, to warn about a
    /// forgotten migration; with 30 entity types that costs every CLI command and every start a noticeable
    /// part of a second. The check runs in the test suite instead (MigrationTests), where a forgotten
    /// migration fails the build.
    /// </summary>
    private static DbContextOptionsBuilder SkipModelDiffOnStart(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    private static void EnsureSqliteFolder(string connectionString)
    {
        if (SqliteFile.PathOf(connectionString) is { } file && Path.GetDirectoryName(file) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
