using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;

namespace Wijkpeil.App.Kernel.Ui.Caching;

/// <summary>
/// The public pages change only when figures change, which happens in an import, while thousands of readers
/// may ask for the same page. A rendered page is therefore kept in the output cache, keyed by its address,
/// its language and the data version, so a new import (from the web host or from the CLI in another
/// process) starts a new version and nothing stale is served beyond <see cref="VersionCheckInterval"/>.
/// Signed-in users are never served from the cache, nor are their pages stored: the framework's default
/// policy skips authenticated requests. Pages with a form (login, logout) are marked <see cref="NotCachedAttribute"/>:
/// their antiforgery token belongs to one reader.
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-pages";

    /// <summary>How long a looked-up data version is trusted before the database is asked again.</summary>
    public static readonly TimeSpan VersionCheckInterval = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PublishedDataVersion>();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, policy => policy
                .With(context => context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NotCachedAttribute>() is null)
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery("*")
                .VaryByValue(async (http, ct) =>
                {
                    var version = await http.RequestServices.GetRequiredService<PublishedDataVersion>().GetAsync(ct);
                    return new KeyValuePair<string, string>("data", $"{CultureInfo.CurrentUICulture.Name}|{version}");
                }));
        });
        return services;
    }
}

/// <summary>Keeps a page out of the public output cache (put it on the page with <c>@attribute [NotCached]</c>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotCachedAttribute : Attribute;

/// <summary>
/// A value that changes whenever public content may have changed: the newest import batch and the newest audit
/// entry (edits of the agenda and stories, batches published or withdrawn). Looked up at
/// most once per <see cref="PublicPageCache.VersionCheckInterval"/>.
/// </summary>
public sealed class PublishedDataVersion(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _lookup = new(1, 1);
    private (string Version, DateTimeOffset CheckedAt)? _last;

    public async ValueTask<string> GetAsync(CancellationToken ct)
    {
        if (_last is { } last && clock.GetUtcNow() - last.CheckedAt < PublicPageCache.VersionCheckInterval)
        {
            return last.Version;
        }

        await _lookup.WaitAsync(ct);
        try
        {
            if (_last is { } again && clock.GetUtcNow() - again.CheckedAt < PublicPageCache.VersionCheckInterval)
            {
                return again.Version;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            // Every change a visitor can see is either an import (a new batch) or audited (an edit of the agenda
            // or a story, a batch published or withdrawn), so the two newest ids together version the pages.
            var newestBatch = await db.ImportBatches.MaxAsync(b => (int?)b.Id, ct) ?? 0;
            var newestChange = await db.AuditEntries.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            var version = string.Create(CultureInfo.InvariantCulture, $"{newestBatch}.{newestChange}");
            _last = (version, clock.GetUtcNow());
            return version;
        }
        finally
        {
            _lookup.Release();
        }
    }

    public void Dispose() => _lookup.Dispose();
}
