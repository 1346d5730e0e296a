using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// Which query strings a cached public address may carry. A page is stored once per query string, so an address with
/// parameters the page does not read (<c>?utm_source=…</c>, or a counter sent to fill the cache) would each cost a
/// rendering and a cache entry that pushes real pages out. Such a request is rendered and answered, but neither served
/// from nor stored in the cache. The parameters a page reads are those it declares: a component's
/// <see cref="SupplyParameterFromQueryAttribute"/> properties, or <see cref="CachedQueryKeysAttribute"/> on an endpoint.
/// An endpoint that declares neither keeps every query string apart, as before.
/// </summary>
internal static class CacheableQuery
{
    private static readonly ConcurrentDictionary<Type, FrozenSet<string>> ComponentKeys = new();

    /// <summary>True when every parameter of the request's query string is one the endpoint reads.</summary>
    public static bool IsCacheable(HttpContext http)
    {
        var query = http.Request.Query;
        if (query.Count == 0 || KeysOf(http.GetEndpoint()) is not { } allowed)
        {
            return true;
        }

        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenSet<string>? KeysOf(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<CachedQueryKeysAttribute>()?.Keys
        ?? (endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component ? ComponentKeys.GetOrAdd(component.Type, Declared) : null);

    private static FrozenSet<string> Declared(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The query parameters a cached endpoint (not a page) reads; see <see cref="CacheableQuery"/>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class CachedQueryKeysAttribute(params string[] keys) : Attribute
{
    public FrozenSet<string> Keys { get; } = keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
