using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Search;

/// <summary>An area of the register as the search holds it: its name folded (<see cref="SearchText.Fold"/>) once.</summary>
internal sealed record IndexedArea(AreaCode Code, string Name, AreaLevel Level, AreaCode? Parent, int? OnlyInLayout, string Folded, string Core);

/// <summary>
/// The whole register in memory for the search (17,000 areas of several layouts: a few MB), read once and again when
/// the register changes. Whether it changed is one aggregate command per search (count, highest id, total length of the
/// names and layout years: areas are only added, renamed or given layout years), far cheaper than a LIKE scan that
/// still could not ignore accents on SQLite.
/// </summary>
internal sealed partial class AreaSearchIndex : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;
    private long _loads;

    /// <summary>How many times this index read the register (for tests: once, until the register changes).</summary>
    internal long Loads => Interlocked.Read(ref _loads);

    public void Dispose() => _gate.Dispose();

    internal sealed record Snapshot(string Stamp, IReadOnlyList<IndexedArea> Areas, IReadOnlyDictionary<AreaCode, IndexedArea> ByCode);

    public async Task<Snapshot> CurrentAsync(WijkpeilDbContext db, CancellationToken ct)
    {
        var stamp = await StampAsync(db, ct);
        if (_snapshot is { } known && known.Stamp == stamp)
        {
            return known;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_snapshot is { } loaded && loaded.Stamp == stamp)
            {
                return loaded;
            }

            _snapshot = await LoadAsync(db, stamp, ct);
            Interlocked.Increment(ref _loads);
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Plain SQL both providers read alike; the layout years are one text column ("2020,2024").
    private const string StampSql = """
        SELECT CAST(COUNT(*) AS TEXT) || '/' || CAST(COALESCE(MAX("Id"), 0) AS TEXT) || '/'
            || CAST(COALESCE(SUM(LENGTH("Name")), 0) AS TEXT) || '/' || CAST(COALESCE(SUM(LENGTH("LayoutYears")), 0) AS TEXT) AS "Value"
        FROM areas
        """;

    private static async Task<string> StampAsync(WijkpeilDbContext db, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<string>(StampSql).ToListAsync(ct)).FirstOrDefault() ?? string.Empty;

    private static async Task<Snapshot> LoadAsync(WijkpeilDbContext db, string stamp, CancellationToken ct)
    {
        var rows = await db.Areas.AsNoTracking()
            .Select(a => new { a.Code, a.Name, a.Level, a.ParentCode, LayoutYears = EF.Property<List<int>>(a, "_layoutYears") })
            .ToListAsync(ct);

        // The newest layout per level: an area that is not in it (a buurt only of 2020) is of an earlier layout.
        var newest = rows.Where(r => r.LayoutYears.Count > 0).GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Max(r => r.LayoutYears.Max()));
        var areas = rows
            .Select(r => new IndexedArea(
                r.Code,
                r.Name,
                r.Level,
                r.ParentCode ?? r.Code.DerivedParent,
                r.LayoutYears.Count > 0 && newest.TryGetValue(r.Level, out var year) && r.LayoutYears.Max() < year ? r.LayoutYears.Max() : null,
                SearchText.Fold(r.Name),
                SearchText.Fold(CoreName(r.Name))))
            .ToList();
        return new Snapshot(stamp, areas, areas.ToDictionary(a => a.Code));
    }

    /// <summary>A CBS name without its numbering: "Wijk 03 Overvecht" is Overvecht to a reader, "Buurt 12 Oost" Oost.</summary>
    internal static string CoreName(string name) => Numbering().Replace(name, string.Empty);

    [GeneratedRegex(@"^\s*(wijk|buurt)\s+\d+\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
