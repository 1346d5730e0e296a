using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// The public pages change only when what they show changes, while thousands of readers may ask for the same page. A
/// rendered page is therefore kept in the output cache, keyed by its address and its language, with the tags of what it
/// shows (<see cref="PageCacheTags"/>, <see cref="CacheTags"/>); query parameters no page reads are not part of the key
/// (<see cref="PageQueryKeysPolicy"/>). A write names the tags it makes stale
/// (<see cref="IPublicChanges"/>), in the database, so that this process evicts them at its commit and every web
/// process within about a second (<see cref="CacheInvalidationPoller"/>); entries expire after an hour regardless.
/// Signed-in users are never served from the cache, nor are their pages stored: the framework's default policy skips
/// authenticated requests. Pages with a form (login, logout) are marked <see cref="NotCachedAttribute"/>: their
/// antiforgery token belongs to one reader.
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-pages";

    /// <summary>How long a page is kept at most, also when nothing evicts it.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromHours(1);

    /// <summary>
    /// What every host needs (web and CLI): the invalidation rows, the eviction at commit, and the page tags the queries
    /// fill (unused outside a web request).
    /// </summary>
    public static IServiceCollection AddPublicChanges(this IServiceCollection services)
    {
        services.TryAddSingleton<PublicChangesInterceptor>();
        services.TryAddScoped<IPublicChanges, PublicChanges>();
        services.TryAddScoped<PageCacheTags>();
        return services;
    }

    /// <summary>Adds <see cref="PublicChangesInterceptor"/> to a context's options (in the DbContext registration).</summary>
    public static DbContextOptionsBuilder AddPublicChanges(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetRequiredService<PublicChangesInterceptor>());

    /// <summary>The web host's part: the policy, the page tags, the guarded store and the poller.</summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddOutputCache();

        // The switch is read once, when the policy is built, not per request.
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageCacheOptions>>((options, pageCache) =>
        {
            var enabled = pageCache.Value.Enabled;
            options.AddPolicy(PolicyName, policy => policy
                .With(context => enabled && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NotCachedAttribute>() is null)
                .Expire(Expiry)
                .AddPolicy<PageQueryKeysPolicy>()
                .VaryByValue(_ => new KeyValuePair<string, string>("lang", CultureInfo.CurrentUICulture.Name))
                .AddPolicy<PageTagsPolicy>());
        });
        GuardStore(services);
        services.AddHostedService<CacheInvalidationPoller>();
        return services;
    }

    /// <summary>Wraps the framework's store (whichever AddOutputCache registered) in <see cref="GuardedOutputCacheStore"/>.</summary>
    private static void GuardStore(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(original);
        services.AddSingleton(sp => new GuardedOutputCacheStore(
            (IOutputCacheStore)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)),
            sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<GuardedOutputCacheStore>());
    }
}

/// <summary>Notes when a cacheable request starts and gives its page the tags of what it showed.</summary>
internal sealed class PageTagsPolicy(GuardedOutputCacheStore store) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        store.MarkStart(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.Tags.UnionWith(context.HttpContext.RequestServices.GetService<PageCacheTags>()?.Tags ?? [CacheTags.All]);
        return ValueTask.CompletedTask;
    }
}
