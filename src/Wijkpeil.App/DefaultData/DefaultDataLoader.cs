namespace Wijkpeil.App.DefaultData;

/// <summary>
/// Loads the embedded default (the Vitale Wijken programme and the bundled open data) into an empty
/// database, once. STUB: being written.
/// </summary>
public sealed class DefaultDataLoader
{
    public Task EnsureLoadedAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
