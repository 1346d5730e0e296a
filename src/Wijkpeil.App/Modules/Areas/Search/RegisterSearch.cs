using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Search;

/// <summary>The area search (<see cref="IAreaSearch"/>) over the in-memory index and the programmes' focus areas.</summary>
internal sealed partial class RegisterSearch(WijkpeilDbContext db, AreaSearchIndex index, IAreaFocusAreas focusAreas) : IAreaSearch
{
    // "Bedoelde u …?" lists at most this many; a longer text narrows them.
    private const int MaxCandidates = 10;

    public async Task<IReadOnlyList<AreaHit>> SearchAsync(string? text, int limit, AreaInputOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= AreaInputOptions.Everything;
        var folded = SearchText.Fold(text);
        if (folded.Length == 0 || limit <= 0)
        {
            return [];
        }

        var snapshot = await index.CurrentAsync(db, cancellationToken);
        var hits = new List<(AreaHit Hit, string Sort)>();
        var code = AreaCodes.Parse(text);
        if (code is { } asked && snapshot.ByCode.TryGetValue(asked, out var byCode) && options.Accepts(byCode.Level))
        {
            hits.Add((HitOf(byCode, snapshot, AreaMatchQuality.Exact), byCode.Core));
        }

        var codePrefix = CodeLike().IsMatch(folded) ? AreaCodes.Normalise(text) : null;
        foreach (var area in snapshot.Areas)
        {
            if (area.OnlyInLayout is not null || !options.Accepts(area.Level) || area.Code == code)
            {
                continue;
            }

            var quality = codePrefix is not null && area.Code.Value.StartsWith(codePrefix, StringComparison.Ordinal) ? AreaMatchQuality.Prefix : Quality(area.Folded, area.Core, folded);
            if (quality is { } found)
            {
                hits.Add((HitOf(area, snapshot, found), area.Core));
            }
        }

        if (options.FocusAreas)
        {
            foreach (var focus in await focusAreas.AllAsync(cancellationToken))
            {
                var name = SearchText.Fold(focus.Name);
                var slug = SearchText.Fold(focus.Code);
                var quality = name == folded || slug == folded ? AreaMatchQuality.Exact : Quality(name, name, folded) is null ? (AreaMatchQuality?)null : AreaMatchQuality.FocusArea;
                if (quality is { } found)
                {
                    hits.Add((FocusHitOf(focus, snapshot, found), focus.Name));
                }
            }
        }

        if (hits.Count == 0 && folded.Length >= 4)
        {
            await AddSimilarAsync(hits, snapshot, folded, options, cancellationToken);
        }

        return [.. hits
            .OrderBy(h => h.Hit.Quality)
            .ThenBy(h => h.Hit.Kind == AreaHitKind.FocusArea ? 0 : 1)
            .ThenBy(h => h.Hit.Level)
            .ThenBy(h => h.Sort, StringComparer.CurrentCulture)
            .ThenBy(h => h.Hit.Code, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => h.Hit)];
    }

    public async Task<AreaInput> ResolveAsync(string? text, AreaInputOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= AreaInputOptions.RegisterAreas;
        var typed = (text ?? string.Empty).Trim();
        if (typed.Length == 0)
        {
            return new AreaInput.Empty();
        }

        // A choice from the datalist or a "bedoelde u" link: "Utrecht (GM0344)" names its code in brackets.
        var asked = Bracketed().Match(typed) is { Success: true } m ? m.Groups[1].Value.Trim() : typed;
        if (AreaCodes.Parse(asked) is { } code)
        {
            var snapshot = await index.CurrentAsync(db, cancellationToken);
            return snapshot.ByCode.TryGetValue(code, out var area) && options.Accepts(area.Level)
                ? new AreaInput.Found(typed, HitOf(area, snapshot, AreaMatchQuality.Exact))
                : new AreaInput.Unknown(typed);
        }

        var hits = await SearchAsync(asked, MaxCandidates + 1, options, cancellationToken);
        var exact = hits.Where(h => h.Quality == AreaMatchQuality.Exact).ToList();

        // A focus area of one member is that member under another name (Overvecht, WK034403): one answer, the area.
        exact = [.. exact.Where(h => h.Kind == AreaHitKind.Area || h.Members.Count != 1 || !exact.Any(a => a.Kind == AreaHitKind.Area && a.Code == h.Members[0]))];
        return exact.Count switch
        {
            1 => new AreaInput.Found(typed, exact[0]),
            > 1 => new AreaInput.Ambiguous(typed, exact),
            _ => hits.Count switch
            {
                0 => new AreaInput.Unknown(typed),
                // A name only spelled alike is asked about, never taken.
                1 when hits[0].Quality != AreaMatchQuality.Similar => new AreaInput.Found(typed, hits[0]),
                _ => new AreaInput.Ambiguous(typed, [.. hits.Take(MaxCandidates)]),
            },
        };
    }

    public async Task<IReadOnlyList<AreaHit>> SuggestionsAsync(AreaInputOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= AreaInputOptions.RegisterAreas;
        var snapshot = await index.CurrentAsync(db, cancellationToken);
        var levels = new[] { AreaLevel.Country, AreaLevel.Province, AreaLevel.Municipality }.Where(options.Accepts).ToHashSet();
        var hits = snapshot.Areas
            .Where(a => a.OnlyInLayout is null && levels.Contains(a.Level))
            .OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a => HitOf(a, snapshot, AreaMatchQuality.Exact))
            .ToList();
        if (options.FocusAreas)
        {
            hits.InsertRange(0, (await focusAreas.AllAsync(cancellationToken)).Select(f => FocusHitOf(f, snapshot, AreaMatchQuality.FocusArea)));
        }

        return hits;
    }

    /// <summary>Names one letter off (two for a long text) from the text, or a word of them: a typo, a wrong vowel.</summary>
    private async Task AddSimilarAsync(List<(AreaHit Hit, string Sort)> hits, AreaSearchIndex.Snapshot snapshot, string folded, AreaInputOptions options, CancellationToken ct)
    {
        var allowed = folded.Length >= 8 ? 2 : 1;
        bool Near(string name) => name.Split(' ').Append(name).Any(word => Math.Abs(word.Length - folded.Length) <= allowed && Distance(word, folded) <= allowed);
        hits.AddRange(snapshot.Areas
            .Where(a => a.OnlyInLayout is null && options.Accepts(a.Level) && Near(a.Core))
            .Select(a => (HitOf(a, snapshot, AreaMatchQuality.Similar), a.Core)));
        if (options.FocusAreas)
        {
            hits.AddRange((await focusAreas.AllAsync(ct))
                .Where(f => Near(SearchText.Fold(f.Name)))
                .Select(f => (FocusHitOf(f, snapshot, AreaMatchQuality.Similar), f.Name)));
        }
    }

    /// <summary>The Levenshtein distance of two short texts.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>How a folded name matches the folded text: whole, at its start or a word's start, inside it; or not at all.</summary>
    private static AreaMatchQuality? Quality(string name, string core, string text)
    {
        if (name == text || core == text)
        {
            return AreaMatchQuality.Exact;
        }

        if (name.StartsWith(text, StringComparison.Ordinal) || core.StartsWith(text, StringComparison.Ordinal) || name.Contains(" " + text, StringComparison.Ordinal))
        {
            return AreaMatchQuality.Prefix;
        }

        return name.Contains(text, StringComparison.Ordinal) ? AreaMatchQuality.Contains : null;
    }

    private static AreaHit HitOf(IndexedArea area, AreaSearchIndex.Snapshot snapshot, AreaMatchQuality quality)
    {
        var parent = area.Parent is { } p && snapshot.ByCode.TryGetValue(p, out var above) ? above.Name : null;
        var gemeente = area.Level > AreaLevel.Municipality && area.Code.Municipality is { } g && snapshot.ByCode.TryGetValue(g, out var municipality) ? municipality.Name : null;
        return new AreaHit(AreaHitKind.Area, area.Code.Value, area.Name, area.Level, parent, gemeente, quality) { OnlyInLayout = area.OnlyInLayout, ParentCode = area.Parent?.Value };
    }

    private static AreaHit FocusHitOf(NamedFocusArea focus, AreaSearchIndex.Snapshot snapshot, AreaMatchQuality quality)
    {
        var gemeente = snapshot.ByCode.TryGetValue(focus.Municipality, out var municipality) ? municipality.Name : focus.Municipality.Value;
        var level = focus.Members.Count > 0 ? focus.Members.Min(m => m.Level) : AreaLevel.District;
        return new AreaHit(AreaHitKind.FocusArea, focus.Code, focus.Name, level, gemeente, gemeente, quality)
        {
            ProgrammeCode = focus.ProgrammeCode,
            ProgrammeName = focus.ProgrammeName,
            Members = [.. focus.Members.Select(m => m.Value)],
        };
    }

    [GeneratedRegex(@"\(([^()]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // Two letters and at least two digits: the start of a CBS code (gm03, WK0344), listed by code prefix.
    [GeneratedRegex(@"^[a-z]{2}\d{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLike();
}
