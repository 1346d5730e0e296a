using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>Which audit entries to show; every part is optional and the parts combine (and).</summary>
/// <param name="From">First day, inclusive, on Dutch clocks (Europe/Amsterdam).</param>
/// <param name="To">Last day, inclusive, on Dutch clocks.</param>
/// <param name="EntityType">One of <see cref="AuditEntityTypes"/>, exactly.</param>
/// <param name="Actor">Part of who made the change (e-mail address or tool), in any letter case.</param>
/// <param name="Action">Created, updated or deleted.</param>
/// <param name="EntityId">The changed record's key, exactly but in any letter case (e-mail addresses).</param>
public sealed record AuditFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? EntityType = null,
    string? Actor = null,
    AuditAction? Action = null,
    string? EntityId = null)
{
    /// <summary>No filter: the whole trail.</summary>
    public static AuditFilter None { get; } = new();

    /// <summary>The query-string names the page and the CSV export share (<c>van</c>, <c>tot</c>, <c>type</c>, <c>wie</c>, <c>actie</c>, <c>id</c>).</summary>
    public static class Query
    {
        public const string From = "van";
        public const string To = "tot";
        public const string EntityType = "type";
        public const string Actor = "wie";
        public const string Action = "actie";
        public const string EntityId = "id";
    }

    /// <summary>The action names in the query string and the CSV: aangemaakt, gewijzigd, verwijderd, ingezien.</summary>
    public static string ActionName(AuditAction action) => action switch
    {
        AuditAction.Created => "aangemaakt",
        AuditAction.Updated => "gewijzigd",
        AuditAction.Deleted => "verwijderd",
        AuditAction.Viewed => "ingezien",
        _ => action.ToString(),
    };

    /// <summary>
    /// Reads the filter from query-string texts as a form or a link gives them. Empty texts mean "any".
    /// Every unreadable part gets its own error, and then there is no filter to query with.
    /// </summary>
    public static (AuditFilter? Filter, IReadOnlyList<Problem> Errors) Parse(
        string? from, string? to, string? entityType, string? actor, string? action, string? entityId)
    {
        var errors = new List<Problem>();
        var fromDate = ParseDate(from, Query.From, "audit.filter.from.invalid", errors);
        var toDate = ParseDate(to, Query.To, "audit.filter.to.invalid", errors);
        if (fromDate > toDate)
        {
            errors.Add(Problem.Invalid(Query.To, "audit.filter.to.before_from", fromDate.Value.ToString("d-M-yyyy", CultureInfo.InvariantCulture)));
        }

        AuditAction? parsedAction = null;
        if (!string.IsNullOrWhiteSpace(action))
        {
            parsedAction = Enum.GetValues<AuditAction>().Cast<AuditAction?>()
                .FirstOrDefault(a => string.Equals(ActionName(a!.Value), action.Trim(), StringComparison.OrdinalIgnoreCase));
            if (parsedAction is null)
            {
                errors.Add(Problem.Invalid(Query.Action, "audit.filter.action.unknown", action.Trim()));
            }
        }

        CheckLength(entityType, AuditEntry.EntityTypeMaxLength, Query.EntityType, "audit.filter.type.too_long", errors);
        CheckLength(actor, AuditEntry.ActorNameMaxLength, Query.Actor, "audit.filter.actor.too_long", errors);
        CheckLength(entityId, AuditEntry.EntityIdMaxLength, Query.EntityId, "audit.filter.id.too_long", errors);

        return errors.Count > 0
            ? (null, errors)
            : (new AuditFilter(fromDate, toDate, Blank(entityType), Blank(actor), parsedAction, Blank(entityId)), errors);
    }

    /// <summary>The query string of this filter (without <c>?</c>), empty parts left out; for links to the CSV and to other pages.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        Add(Query.From, From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(Query.To, To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(Query.EntityType, EntityType);
        Add(Query.Actor, Actor);
        Add(Query.Action, Action is { } a ? ActionName(a) : null);
        Add(Query.EntityId, EntityId);
        return string.Join("&", parts);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }

    private static DateOnly? ParseDate(string? text, string key, string code, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // yyyy-MM-dd is what a date field sends; d-M-yyyy is how people type a date by hand.
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Problem.Invalid(key, code, text.Trim()));
        return null;
    }

    private static void CheckLength(string? text, int max, string key, string code, List<Problem> errors)
    {
        if (text is not null && text.Trim().Length > max)
        {
            errors.Add(Problem.Invalid(key, code, max));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One audit entry as the page and the CSV show it.</summary>
/// <param name="Before">The values before the change as a JSON object; null for a creation.</param>
/// <param name="After">The values after the change as a JSON object; null for a deletion.</param>
public sealed record AuditRow(
    long Id,
    DateTimeOffset At,
    string ActorName,
    AuditAction Action,
    string EntityType,
    string EntityId,
    string? Summary,
    string? Before,
    string? After);

/// <summary>One page of the trail, newest first.</summary>
/// <param name="Rows">At most <see cref="AuditQueries.PageSize"/> entries.</param>
/// <param name="Total">How many entries match the filter in all.</param>
/// <param name="Page">The page number, from 1.</param>
public sealed record AuditListing(IReadOnlyList<AuditRow> Rows, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + AuditQueries.PageSize - 1) / AuditQueries.PageSize);
}

/// <summary>
/// Reads the audit trail for the page at <c>/beheer/audit</c> and its CSV export: filtered, newest first.
/// The caller checks the audit trail policy (<see cref="Contracts.AuditTrailPolicy"/>) first.
/// </summary>
public sealed class AuditQueries(WijkpeilDbContext db)
{
    public const int PageSize = 50;

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Page <paramref name="page"/> (from 1; beyond the last page gives the last) of the entries matching <paramref name="filter"/>.</summary>
    public async Task<AuditListing> PageAsync(AuditFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, lastPage);
        var rows = await Project(Newest(query).Skip((number - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return new AuditListing(rows, total, number);
    }

    /// <summary>Every entry matching <paramref name="filter"/>, newest first, read as it is written out (for the CSV).</summary>
    public IAsyncEnumerable<AuditRow> StreamAsync(AuditFilter filter, CancellationToken cancellationToken = default) =>
        Project(Newest(Filtered(filter))).AsAsyncEnumerable();

    /// <summary>The entity types the trail holds, for the filter's choices, in code order.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        var types = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().ToListAsync(cancellationToken);
        return [.. types.Order(StringComparer.Ordinal)];
    }

    /// <summary>The moment a Dutch calendar day starts, as a UTC instant (23:00 or 22:00 the day before).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An instant on Dutch clocks.</summary>
    public static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = StartOfDay(from);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        if (filter.EntityType is { } type)
        {
            query = query.Where(e => e.EntityType == type);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        // Lower-casing both sides gives the same case-insensitive match on SQLite and PostgreSQL
        // (SQLite's lower() folds ASCII only, which covers e-mail addresses and the tool names). The
        // culture-free overloads the analyzers ask for have no SQL translation: ToLower() becomes lower().
#pragma warning disable CA1304, CA1311, CA1862
        if (filter.Actor is { } actor)
        {
            var part = actor.ToLowerInvariant();
            query = query.Where(e => e.ActorName.ToLower().Contains(part));
        }

        if (filter.EntityId is { } id)
        {
            var key = id.ToLowerInvariant();
            query = query.Where(e => e.EntityId.ToLower() == key);
        }
#pragma warning restore CA1304, CA1311, CA1862

        return query;
    }

    // At first, then id: two entries of the same instant (one unit of work) keep the order they were written in.
    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> query) =>
        query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> query) =>
        query.Select(e => new AuditRow(e.Id, e.At, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Summary, e.Before, e.After));
}
