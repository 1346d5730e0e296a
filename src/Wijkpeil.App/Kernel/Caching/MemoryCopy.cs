using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// A small, rarely changing set of data that a module reads whole and keeps in memory (the programmes' definitions:
/// every public page needs them, they change a few times a year). The copy is dropped when it may have changed: when
/// this process commits a change to one of <see cref="EntityTypes"/> (<see cref="PublicChangesInterceptor"/>, at the
/// commit), and when any process names one of its tags (<see cref="IPublicChanges"/>; another process's change is seen
/// through <see cref="CacheInvalidationPoller"/> within about a second, as for cached pages).
/// </summary>
/// <remarks>
/// Only a process that hears other processes' changes keeps a copy: the web host, whose poller calls <see cref="Keep"/>
/// when it starts. Elsewhere (the CLI, a tool or a test working on the same database) every read loads afresh, since
/// nothing there would tell it of a change made by another process.
/// A load that started before a drop is not kept: it may have read the data as it was before the change, so the next
/// reader loads again. Register a copy as a singleton and as <see cref="IMemoryCopy"/> (<see cref="MemoryCopies.AddMemoryCopy{TCopy}"/>).
/// </remarks>
/// <typeparam name="T">An immutable snapshot (records and read-only lists): readers share it.</typeparam>
public abstract class MemoryCopy<T> : IMemoryCopy
    where T : class
{
    private T? _value;
    private long _generation;
    private volatile bool _keep;

    /// <summary>The entity types whose change, committed in this process, drops the copy.</summary>
    public abstract IReadOnlySet<Type> EntityTypes { get; }

    /// <summary>Whether a tag named by a write (<see cref="CacheTags"/>) drops the copy.</summary>
    public abstract bool DependsOn(string tag);

    /// <summary>The kept snapshot, or one loaded now with <paramref name="load"/> (which runs on the caller's scope).</summary>
    public async Task<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!_keep)
        {
            return await load(cancellationToken);
        }

        if (Volatile.Read(ref _value) is { } kept)
        {
            return kept;
        }

        var generation = Interlocked.Read(ref _generation);
        var loaded = await load(cancellationToken);
        if (Interlocked.Read(ref _generation) == generation)
        {
            Interlocked.CompareExchange(ref _value, loaded, null);
        }

        return loaded;
    }

    /// <summary>From now on, keep what is loaded (called by the poller that will drop it on other processes' changes).</summary>
    public void Keep() => _keep = true;

    public void Drop()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _value, null);
    }
}

/// <summary>What the kernel needs of a <see cref="MemoryCopy{T}"/> to drop it.</summary>
public interface IMemoryCopy
{
    IReadOnlySet<Type> EntityTypes { get; }

    bool DependsOn(string tag);

    void Keep();

    void Drop();
}

/// <summary>Registration and dropping of <see cref="MemoryCopy{T}"/>s.</summary>
public static class MemoryCopies
{
    /// <summary>Registers a copy once, as itself (for its module) and as <see cref="IMemoryCopy"/> (for the kernel).</summary>
    public static IServiceCollection AddMemoryCopy<TCopy>(this IServiceCollection services)
        where TCopy : class, IMemoryCopy
    {
        services.AddSingleton<TCopy>();
        services.AddSingleton<IMemoryCopy>(sp => sp.GetRequiredService<TCopy>());
        return services;
    }

    /// <summary>Drops every copy that depends on one of <paramref name="tags"/> or <paramref name="entityTypes"/>.</summary>
    internal static void DropChanged(IEnumerable<IMemoryCopy> copies, IReadOnlyCollection<string> tags, IReadOnlyCollection<Type> entityTypes)
    {
        foreach (var copy in copies)
        {
            if (tags.Contains(CacheTags.All) || tags.Any(copy.DependsOn) || entityTypes.Any(copy.EntityTypes.Contains))
            {
                copy.Drop();
            }
        }
    }
}
