using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Data;
using Wijkpeil.App.DefaultData;

namespace Wijkpeil.App.Hosting;

/// <summary>What the web host and the CLI do before anything else: migrate, then load the embedded default once.</summary>
public static class WijkpeilStartup
{
    /// <summary>Configuration switch (default true): load the Vitale Wijken programme and bundled open data into an empty database.</summary>
    public const string LoadDefaultDataKey = "DefaultData:Load";

    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Settings marked ValidateOnStart fail here, before anything runs: the generic host would only check
        // them in StartAsync, after this, and the CLI has no host at all.
        services.GetService<IStartupValidator>()?.Validate();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);

        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        if (configuration.GetValue(LoadDefaultDataKey, defaultValue: true))
        {
            await scope.ServiceProvider.GetRequiredService<DefaultDataLoader>().EnsureLoadedAsync(cancellationToken);
        }
    }
}
