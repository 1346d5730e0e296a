using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// Evicts the tags a unit of work invalidated (<see cref="IPublicChanges"/>) from this process's output cache right
/// after they are committed: after <c>SaveChanges</c> outside a transaction, or after the transaction's commit; never
/// when it rolls back. The writer's next request thus sees its own change without waiting for the poller. A host
/// without an output cache (the CLI) only writes the rows.
/// </summary>
internal sealed class PublicChangesInterceptor(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Tags saved but not yet committed, per context; a context is used by one request at a time.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _saved = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            await EvictAsync(context);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            EvictAsync(context).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        // Outside a transaction nothing was stored; inside one, the rollback that follows forgets them.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            _saved.Remove(context);
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await EvictAsync(context);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            EvictAsync(context).AsTask().GetAwaiter().GetResult();
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        HashSet<string>? tags = null;
        foreach (var entry in context.ChangeTracker.Entries<CacheInvalidation>())
        {
            if (entry.State == EntityState.Added)
            {
                tags ??= _saved.GetValue(context, _ => new HashSet<string>(StringComparer.Ordinal));
                tags.Add(entry.Entity.Tag);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saved.Remove(context);
        }
    }

    private async ValueTask EvictAsync(DbContext context)
    {
        if (!_saved.TryGetValue(context, out var tags))
        {
            return;
        }

        _saved.Remove(context);
        if (services.GetService<IOutputCacheStore>() is not { } store)
        {
            return;
        }

        foreach (var tag in tags)
        {
            // The change is committed: the eviction must happen even when the request that made it was aborted.
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
