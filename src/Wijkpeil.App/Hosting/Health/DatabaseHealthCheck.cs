using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Hosting.Health;

/// <summary>
/// Healthy when the database answers and holds Wijkpeil's schema: a connection alone would also
/// succeed on an empty SQLite file or a database that was never migrated.
/// </summary>
internal sealed class DatabaseHealthCheck(WijkpeilDbContext db, IIndicatorCatalogue catalogue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("De database is niet bereikbaar.");
        }

        // The cheapest query that touches a Wijkpeil table; it throws when the schema is missing, and the
        // health check service reports a throwing check as unhealthy.
        _ = await catalogue.Indicators.Select(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        return HealthCheckResult.Healthy("De database is bereikbaar.");
    }
}
