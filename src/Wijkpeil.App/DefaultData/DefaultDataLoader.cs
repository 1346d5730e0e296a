using Wijkpeil.App.Data;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// Loads the embedded default (the Vitale Wijken programme and the bundled open data) into an empty
/// database, once. STUB: being written.
/// </summary>
public sealed class DefaultDataLoader(WijkpeilDbContext db)
{
    public Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        _ = db;
        return Task.CompletedTask;
    }
}
