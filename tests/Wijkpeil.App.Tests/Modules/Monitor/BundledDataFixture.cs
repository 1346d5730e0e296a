using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// The embedded default (Vitale Wijken and 1.5 million bundled figures) loaded once per provider for a test
/// class, on first use. Tests only read it.
/// </summary>
public sealed class BundledDataFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestDatabase>>> _databases = new();

    public Task<TestDatabase> DatabaseAsync(DatabaseProvider provider) =>
        _databases.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => LoadAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        // A load that failed has nothing to drop; its test already reported why.
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated && d.Value.IsCompletedSuccessfully))
        {
            await (await database.Value).DisposeAsync();
        }
    }

    private static async Task<TestDatabase> LoadAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DefaultDataLoader>().EnsureLoadedAsync();
        return database;
    }
}
