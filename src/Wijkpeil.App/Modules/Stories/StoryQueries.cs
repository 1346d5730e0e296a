using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>A published story as the area pages show it beside a pillar's indicators.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When it was gathered.</param>
/// <param name="Area">The gemeente, wijk or buurt it is about.</param>
/// <param name="PillarNumber">The pillar it speaks to.</param>
/// <param name="ProjectId">The agenda project it is about, if any.</param>
/// <param name="Summary">A few sentences.</param>
/// <param name="Body">Markdown as typed: the renderer sanitises it.</param>
/// <param name="IsAnonymised">Quotes carry no names.</param>
/// <param name="Quotes">The quotes, in the order they were added.</param>
public sealed record StoryView(
    int Id,
    StoryMethod Method,
    DateOnly Date,
    string Area,
    int PillarNumber,
    int? ProjectId,
    string Summary,
    string? Body,
    bool IsAnonymised,
    IReadOnlyList<QuoteView> Quotes);

/// <summary>A quote with who said it, when that may be told.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it, named or described.</param>
public sealed record QuoteView(string Text, string? Attribution);

/// <summary>Reads published stories; drafts and stories without consent never leave this class.</summary>
public sealed class StoryQueries(WijkpeilDbContext db)
{
    /// <summary>
    /// The published stories about one area (exactly that code) and/or pillar (null means any), newest first.
    /// </summary>
    public async Task<IReadOnlyList<StoryView>> ListPublishedAsync(AreaCode? area, int? pillar, CancellationToken ct)
    {
        var query = db.Stories.AsNoTracking().Where(s => s.IsPublished && s.ConsentRecordedOn != null);
        if (area is { } code)
        {
            query = query.Where(s => s.Area == code);
        }

        if (pillar is { } number)
        {
            query = query.Where(s => s.PillarNumber == number);
        }

        var stories = await query.Include(s => s.Quotes).AsSplitQuery().ToListAsync(ct);
        return [.. stories.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Select(ToView)];
    }

    /// <summary>The published stories linked to an agenda project, newest first.</summary>
    public async Task<IReadOnlyList<StoryView>> ListPublishedForProjectAsync(int projectId, CancellationToken ct)
    {
        var stories = await db.Stories.AsNoTracking()
            .Where(s => s.ProjectId == projectId && s.IsPublished && s.ConsentRecordedOn != null)
            .Include(s => s.Quotes)
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. stories.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Select(ToView)];
    }

    private static StoryView ToView(Story s) => new(
        s.Id,
        s.Method,
        s.Date,
        s.Area.Value,
        s.PillarNumber,
        s.ProjectId,
        s.Summary,
        s.Body,
        s.IsAnonymised,
        [.. s.Quotes.Select(q => new QuoteView(q.Text, q.Attribution))]);
}
