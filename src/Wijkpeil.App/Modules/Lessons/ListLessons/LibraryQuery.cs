using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Search;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.ListLessons;

/// <summary>What the library's search form asks: the words typed and the filters, each optional.</summary>
/// <param name="Text">The words typed; blank lists the latest lessons.</param>
/// <param name="FocusArea">A focus-area code.</param>
/// <param name="Pillar">A pillar number.</param>
/// <param name="Maturity">A maturity level.</param>
/// <param name="SourceKind">Event, evaluation or external report.</param>
/// <param name="IncludeDrafts">Editors see drafts too.</param>
public sealed record LibrarySearch(string? Text, string? FocusArea, int? Pillar, LessonMaturity? Maturity, LessonSourceKind? SourceKind, bool IncludeDrafts);

/// <summary>A lesson in the library's list: its title and snippet with the query's words marked when searched.</summary>
public sealed record LibraryEntry(int Id, HighlightedText Title, HighlightedText Snippet, LessonMaturity Maturity, IReadOnlyList<string> FocusAreaCodes, bool IsPublished);

/// <summary>
/// The library: the filters become the ids the search may return (an ordinary query on the lessons table), then the
/// Dutch search ranks them; without words, the latest lessons that pass the filters.
/// </summary>
public sealed class LibraryQuery(WijkpeilDbContext db, ILessonSearch search)
{
    public const int PageSize = 30;

    public async Task<IReadOnlyList<LibraryEntry>> FindAsync(LibrarySearch request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filtered = Filter(request);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            var latest = await filtered.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Take(PageSize)
                .Select(l => new { l.Id, l.Title, l.WhatHappened, l.Maturity, l.FocusAreaCodes, l.IsPublished })
                .ToListAsync(ct);
            return [.. latest.Select(l => new LibraryEntry(l.Id, Plain(l.Title), Plain(Shorten(l.WhatHappened)), l.Maturity, l.FocusAreaCodes, l.IsPublished))];
        }

        var rows = await filtered.Select(l => new { l.Id, l.Maturity, l.FocusAreaCodes, l.IsPublished }).ToListAsync(ct);
        var hits = await search.SearchAsync(new LessonSearchQuery(request.Text, [.. rows.Select(r => r.Id)], PageSize), ct);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. hits.Select(h => new LibraryEntry(h.LessonId, h.Title, h.Snippet, byId[h.LessonId].Maturity, byId[h.LessonId].FocusAreaCodes, byId[h.LessonId].IsPublished))];
    }

    private IQueryable<Lesson> Filter(LibrarySearch request)
    {
        var lessons = db.Lessons.AsNoTracking().Where(l => request.IncludeDrafts || l.IsPublished);
        if (!string.IsNullOrWhiteSpace(request.FocusArea))
        {
            var code = request.FocusArea.Trim().ToLowerInvariant();
            lessons = lessons.Where(l => l.FocusAreaCodes.Contains(code));
        }

        if (request.Pillar is { } pillar)
        {
            lessons = lessons.Where(l => l.PillarNumbers.Contains(pillar));
        }

        if (request.Maturity is { } maturity)
        {
            lessons = lessons.Where(l => l.Maturity == maturity);
        }

        if (request.SourceKind is { } kind)
        {
            lessons = lessons.Where(l => l.SourceKind == kind);
        }

        return lessons;
    }

    private static HighlightedText Plain(string text) => new([new HighlightedPart(text, false)], false, false);

    private static string Shorten(string text) => text.Length <= 220 ? text : text[..220].TrimEnd() + "…";
}
