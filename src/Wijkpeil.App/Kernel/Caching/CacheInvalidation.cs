using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// One row of <c>cache_invalidations</c>: public pages carrying <see cref="Tag"/> went stale when the transaction that
/// wrote this row committed. Every web process on the database reads the new rows (<c>CacheInvalidationPoller</c>)
/// and evicts the tag from its own output cache; rows are pruned after <c>CacheInvalidationPoller.Retention</c>.
/// </summary>
public sealed class CacheInvalidation
{
    /// <summary>The longest tag (<c>CacheTags</c> stays far below it).</summary>
    public const int TagMaxLength = 200;

    public CacheInvalidation(string tag, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        if (tag.Length > TagMaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(tag), tag.Length, $"A cache tag has at most {TagMaxLength} characters.");
        }

        Tag = tag;
        At = at;
    }

    /// <summary>Given by the database in insert order (PostgreSQL may commit them out of order: see the poller).</summary>
    public long Id { get; private set; }

    public string Tag { get; private set; }

    /// <summary>When the change was written (UTC); only for pruning.</summary>
    public DateTimeOffset At { get; private set; }
}

internal sealed class CacheInvalidationConfiguration : IEntityTypeConfiguration<CacheInvalidation>
{
    public void Configure(EntityTypeBuilder<CacheInvalidation> builder)
    {
        builder.ToTable("cache_invalidations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Tag).IsRequired().HasMaxLength(CacheInvalidation.TagMaxLength);

        // Pruning deletes by age.
        builder.HasIndex(i => i.At);
    }
}
