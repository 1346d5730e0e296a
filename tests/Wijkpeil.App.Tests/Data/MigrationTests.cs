using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// A model change without a migration fails here, on both providers: the start-up check EF Core would
/// otherwise run on every Migrate is switched off for speed (WijkpeilServices).
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Model_AfterAllMigrations_HasNoPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration covers: add one per provider (docs/architecture.md).");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
