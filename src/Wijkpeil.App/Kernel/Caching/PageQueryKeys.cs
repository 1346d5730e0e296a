using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// The query parameters a cached endpoint reads, declared on an endpoint that is not a page
/// (<c>.WithMetadata(new PageQueryKeys("programma"))</c>). Pages need no declaration: their parameters are the
/// <see cref="SupplyParameterFromQueryAttribute"/> properties of the components (<see cref="PageQueryKeysPolicy"/>).
/// </summary>
public sealed class PageQueryKeys(params string[] keys)
{
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <summary>The keys as the output cache takes them, made once rather than per request.</summary>
    internal StringValues VaryBy { get; } = new(keys);
}

/// <summary>
/// Keys a cached page by the query parameters pages read and by nothing else in the query string, so that
/// <c>?utm_source=…</c> or any other parameter no page reads is answered from the same entry instead of rendering the
/// page again and filling the cache with copies. A cached endpoint that is neither a page nor declares
/// <see cref="PageQueryKeys"/> is keyed by its whole query string.
/// </summary>
internal sealed class PageQueryKeysPolicy : IOutputCachePolicy
{
    /// <summary>Every query parameter name a component of this assembly takes (<see cref="SupplyParameterFromQueryAttribute"/>).</summary>
    internal static readonly string[] ComponentKeys = ReadComponentKeys(typeof(PageQueryKeysPolicy).Assembly);

    private static readonly StringValues ComponentVaryBy = new(ComponentKeys);

    private static readonly StringValues WholeQuery = new("*");

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var metadata = context.HttpContext.GetEndpoint()?.Metadata;
        context.CacheVaryByRules.QueryKeys = metadata?.GetMetadata<PageQueryKeys>() is { } declared ? declared.VaryBy
            : metadata?.GetMetadata<ComponentTypeMetadata>() is not null ? ComponentVaryBy
            : WholeQuery;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>
    /// The names, from every component type: a component anywhere on a page may take a query parameter, so the union
    /// is the safe key for every page (a parameter one page reads and another ignores costs the other a second entry).
    /// </summary>
    internal static string[] ReadComponentKeys(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
}
