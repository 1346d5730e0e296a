using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// The fields of a story an editor fills in, as typed: anything may be missing, and
/// <see cref="StoryEditing"/> answers each gap with a message at that field.
/// </summary>
/// <param name="Method">How the finding was gathered.</param>
/// <param name="Date">When it was gathered.</param>
/// <param name="Area">A CBS code: a focus area's wijk or buurt, or a buurt inside such a wijk.</param>
/// <param name="Pillar">The programme's pillar number.</param>
/// <param name="ProjectId">An agenda project of the same focus area, or null.</param>
/// <param name="Summary">A few sentences.</param>
/// <param name="Body">Markdown as typed.</param>
/// <param name="ConsentRecordedOn">The date consent was given; null means no consent on record (and withdraws it on an update).</param>
/// <param name="Programme">
/// The programme's slug; needed only when the area lies in focus areas of more than one programme. A story stays in its
/// programme on an update.
/// </param>
public sealed record StoryFields(
    StoryMethod? Method,
    DateOnly? Date,
    string? Area,
    int? Pillar,
    int? ProjectId,
    string? Summary,
    string? Body,
    DateOnly? ConsentRecordedOn,
    string? Programme = null);

/// <summary>A quote as typed.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it, by name or described.</param>
/// <param name="IsNamed">The attribution names a person.</param>
public sealed record QuoteInput(string? Text, string? Attribution, bool IsNamed);

/// <summary>A story's values as the audit trail keeps them before and after a change.</summary>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When.</param>
/// <param name="Area">The CBS code.</param>
/// <param name="Pillar">The pillar number.</param>
/// <param name="ProjectId">The linked project.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Body">The Markdown as typed.</param>
/// <param name="ConsentRecordedOn">The consent date.</param>
/// <param name="IsAnonymised">Quotes carry no names.</param>
/// <param name="IsPublished">Visible to the public.</param>
/// <param name="Quotes">The quotes, in order.</param>
public sealed record StorySnapshot(
    StoryMethod Method,
    DateOnly Date,
    string Area,
    int Pillar,
    int? ProjectId,
    string Summary,
    string? Body,
    DateOnly? ConsentRecordedOn,
    bool IsAnonymised,
    bool IsPublished,
    IReadOnlyList<QuoteSnapshot> Quotes)
{
    public static StorySnapshot Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new(
            story.Method,
            story.Date,
            story.Area.Value,
            story.PillarNumber,
            story.ProjectId,
            story.Summary,
            story.Body,
            story.ConsentRecordedOn,
            story.IsAnonymised,
            story.IsPublished,
            [.. story.Quotes.Select(q => new QuoteSnapshot(q.Text, q.Attribution, q.IsNamed))]);
    }
}

/// <summary>A quote in a <see cref="StorySnapshot"/>.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it.</param>
/// <param name="IsNamed">The attribution names a person.</param>
public sealed record QuoteSnapshot(string Text, string? Attribution, bool IsNamed);

/// <summary>
/// Creates, changes and deletes stories for the pages and the API. Every method asks
/// <see cref="WijkpeilPermissions.CanEditStories"/> for the gemeente of the story's area (on a move to another
/// area, for both), validates against the programme (the area must be a focus area's wijk or buurt or lie in
/// one, the pillar must exist, a project must be of the same focus area), and stores the change together with
/// one audit entry, or nothing at all.
/// </summary>
public sealed class StoryEditing(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, StoryProgrammes programmes, TimeProvider clock)
{
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Creates a story, optionally with quotes, anonymised and published in the same step.</summary>
    public async Task<Outcome<int>> CreateAsync(
        ClaimsPrincipal user, StoryFields fields, IReadOnlyList<QuoteInput> quotes, bool anonymise, bool publish, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(quotes);
        if (!WijkpeilPermissions.CanEditAnyStories(user))
        {
            return Problem.Forbidden("story.create.forbidden");
        }

        var checkedFields = await CheckAsync(user, fields, null, ct);
        if (!checkedFields.Succeeded)
        {
            return checkedFields.Cast<int>();
        }

        var (programme, details, consent) = checkedFields.Value;
        var today = Today();
        var created = Story.Create(StoryProgrammes.Scope(programme), details, today);
        if (created.Error is { } error)
        {
            return Problem.From(error);
        }

        var story = created.Value;
        var errors = new List<Problem>();
        if (consent is { } on && story.RecordConsent(on, today).Error is { } consentError)
        {
            errors.Add(Problem.From(consentError));
        }

        // Quotes first, so that anonymising sees them and refuses named ones.
        foreach (var (quote, index) in quotes.Select((q, i) => (q, i)))
        {
            if (story.AddQuote(quote.Text, quote.Attribution, quote.IsNamed).Error is { } quoteError)
            {
                errors.Add(Problem.From(quoteError, string.Create(CultureInfo.InvariantCulture, $"quotes[{index}]")));
            }
        }

        if (anonymise && story.Anonymise().Error is { } anonymiseError)
        {
            errors.Add(Problem.From(anonymiseError));
        }

        if (publish && errors.Count == 0 && story.Publish().Error is { } publishError)
        {
            errors.Add(Problem.From(publishError));
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Failure(errors);
        }

        // The entry names the story's id, which exists only after a first save: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Stories.Add(story);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.Story, Id(story), story.Summary, null, StorySnapshot.Of(story));
        await MarkPublicPagesStaleAsync(before: null, StorySnapshot.Of(story), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        return story.Id;
    }

    /// <summary>Replaces the editable fields and the consent date; quotes, anonymity and publication stay.</summary>
    public async Task<Outcome<int>> UpdateAsync(ClaimsPrincipal user, int id, StoryFields fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        var story = await LoadAsync(id, ct);
        if (story is null)
        {
            return NotFound(id);
        }

        if (Refusal(user, story) is { } forbidden)
        {
            return forbidden;
        }

        var checkedFields = await CheckAsync(user, fields, story.ProgrammeId, ct);
        if (!checkedFields.Succeeded)
        {
            return checkedFields.Cast<int>();
        }

        var (programme, details, consent) = checkedFields.Value;
        if (programme.Id != story.ProgrammeId)
        {
            return Problem.Invalid("area", "story.area.programme");
        }

        var before = StorySnapshot.Of(story);
        var today = Today();
        if (story.Update(StoryProgrammes.Scope(programme), details, today).Error is { } error)
        {
            return Problem.From(error);
        }

        // CheckAsync refused a consent date in the future, so recording it cannot fail here.
        if (consent is { } on)
        {
            _ = story.RecordConsent(on, today);
        }
        else if (story.IsConsentRecorded)
        {
            story.WithdrawConsent();
        }

        return await SaveAsync(AuditAction.Updated, story, before, ct);
    }

    /// <summary>Publishes the story (refused without consent on record) or takes it offline.</summary>
    public Task<Outcome<int>> SetPublishedAsync(ClaimsPrincipal user, int id, bool published, CancellationToken ct) =>
        ChangeAsync(user, id, story =>
        {
            if (!published)
            {
                story.Unpublish();
                return null;
            }

            return story.Publish().Error is { } error ? Problem.From(error) : null;
        }, ct);

    /// <summary>Marks the story anonymised (refused while a quote names its speaker) or lifts that.</summary>
    public Task<Outcome<int>> SetAnonymisedAsync(ClaimsPrincipal user, int id, bool anonymised, CancellationToken ct) =>
        ChangeAsync(user, id, story =>
        {
            if (!anonymised)
            {
                story.RevokeAnonymisation();
                return null;
            }

            return story.Anonymise().Error is { } error ? Problem.From(error) : null;
        }, ct);

    /// <summary>Adds a quote after the others.</summary>
    public Task<Outcome<int>> AddQuoteAsync(ClaimsPrincipal user, int id, QuoteInput quote, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return ChangeAsync(user, id, story =>
            story.AddQuote(quote.Text, quote.Attribution, quote.IsNamed).Error is { } error ? Problem.From(error) : null, ct);
    }

    /// <summary>Removes one of the story's quotes.</summary>
    public Task<Outcome<int>> RemoveQuoteAsync(ClaimsPrincipal user, int id, int quoteId, CancellationToken ct) =>
        ChangeAsync(user, id, story =>
        {
            var quote = story.Quotes.FirstOrDefault(q => q.Id == quoteId);
            if (quote is null)
            {
                return Problem.Invalid("quoteId", "story.quote.not_found");
            }

            story.RemoveQuote(quote);

            // The quote's key to its story is optional in the mapping, so EF would keep the row with the key
            // cleared; a removed quote (someone's words) must be gone from the database, not orphaned.
            db.Remove(quote);
            return null;
        }, ct);

    /// <summary>Deletes the story with its quotes; the audit trail keeps its last values.</summary>
    public async Task<Outcome<int>> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var story = await LoadAsync(id, ct);
        if (story is null)
        {
            return NotFound(id);
        }

        if (Refusal(user, story) is { } forbidden)
        {
            return forbidden;
        }

        audit.Record(AuditAction.Deleted, AuditEntityTypes.Story, Id(story), story.Summary, StorySnapshot.Of(story), null);
        await MarkPublicPagesStaleAsync(StorySnapshot.Of(story), after: null, ct);
        db.Stories.Remove(story);
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>Whether <paramref name="user"/> may edit a story about <paramref name="area"/> (for showing edit links).</summary>
    public static bool CanEdit(ClaimsPrincipal user, AreaCode area) =>
        area.Municipality is { } gemeente && WijkpeilPermissions.CanEditStories(user, gemeente);

    private async Task<Outcome<int>> ChangeAsync(ClaimsPrincipal user, int id, Func<Story, Problem?> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var story = await LoadAsync(id, ct);
        if (story is null)
        {
            return NotFound(id);
        }

        if (Refusal(user, story) is { } forbidden)
        {
            return forbidden;
        }

        var before = StorySnapshot.Of(story);
        if (change(story) is { } error)
        {
            return error;
        }

        return await SaveAsync(AuditAction.Updated, story, before, ct);
    }

    private async Task<Outcome<int>> SaveAsync(AuditAction action, Story story, StorySnapshot before, CancellationToken ct)
    {
        var after = StorySnapshot.Of(story);

        // Saving an unchanged story would put an entry without a change in the trail.
        if (AuditSnapshot.Serialise(before) != AuditSnapshot.Serialise(after))
        {
            audit.Record(action, AuditEntityTypes.Story, Id(story), story.Summary, before, after);
            await MarkPublicPagesStaleAsync(before, after, ct);
            await db.SaveChangesAsync(ct);
        }

        return story.Id;
    }

    /// <summary>
    /// Marks the cached public pages that show the story stale: the agenda of the focus area it was and is about (the
    /// area pages show it there), never the figures. A story that was and stays out of public view is on no public page.
    /// </summary>
    private async Task MarkPublicPagesStaleAsync(StorySnapshot? before, StorySnapshot? after, CancellationToken ct)
    {
        var tags = new List<string>();
        foreach (var area in new[] { before, after }.Where(s => s is { IsPublished: true, ConsentRecordedOn: not null }).Select(s => s!.Area).Distinct())
        {
            foreach (var found in await programmes.FocusAreasOfAsync(AreaCode.From(area), null, ct))
            {
                tags.Add(CacheTags.Agenda(found.ProgrammeSlug));
                tags.Add(CacheTags.FocusArea(found.ProgrammeSlug, found.FocusArea.Slug));
            }
        }

        if (tags.Count > 0)
        {
            publicChanges.Invalidate(tags);
        }
    }

    private Task<Story?> LoadAsync(int id, CancellationToken ct) =>
        db.Stories.Include(s => s.Quotes).SingleOrDefaultAsync(s => s.Id == id, ct);

    private static Problem? Refusal(ClaimsPrincipal user, Story story) =>
        CanEdit(user, story.Area) ? null : Problem.Forbidden("story.forbidden", story.Area.Value);

    private static Problem NotFound(int id) => Problem.NotFound("story.not_found", id);

    /// <summary>
    /// Checks the fields against the programme and the user's gemeenten; on success the programme the area belongs
    /// to (the one named, or the only one whose focus area it lies in; on an update the story's own when several
    /// would do), the domain's details and the consent date.
    /// </summary>
    private async Task<Outcome<(ProgrammeDetails Programme, StoryDetails Details, DateOnly? Consent)>> CheckAsync(
        ClaimsPrincipal user, StoryFields fields, int? storyProgrammeId, CancellationToken ct)
    {
        var errors = new List<Problem>();
        void Refuse(string field, string code, params object?[] arguments) => errors.Add(Problem.Invalid(field, code, arguments));

        var today = Today();
        if (fields.Method is not { } method || !Enum.IsDefined(method))
        {
            Refuse("method", "story.method.required");
        }

        if (fields.Date is not { } date)
        {
            Refuse("date", "story.date.required");
        }
        else if (date > today)
        {
            Refuse("date", "story.date.in_future", date, today);
        }

        if (fields.ConsentRecordedOn is { } consent && consent > today)
        {
            Refuse("consentRecordedOn", "story.consent.in_future", consent, today);
        }

        if (string.IsNullOrWhiteSpace(fields.Summary))
        {
            Refuse("summary", "story.summary.required");
        }

        if (fields.Pillar is null)
        {
            Refuse("pillar", "story.pillar.required");
        }

        ProgrammeDetails? programme = null;
        FocusAreaDetails? focusArea = null;
        AreaCode area = default;
        if (string.IsNullOrWhiteSpace(fields.Area))
        {
            Refuse("area", "story.area.required");
        }
        else if (!AreaCode.TryParse(fields.Area.Trim().ToUpperInvariant(), out area))
        {
            Refuse("area", "story.area.invalid", fields.Area.Trim());
        }
        else
        {
            var found = (await programmes.FocusAreasOfAsync(area, fields.Programme, ct)).DistinctBy(f => f.ProgrammeId).ToList();
            if (found.Count > 1 && storyProgrammeId is { } own && found.Any(f => f.ProgrammeId == own))
            {
                found = [.. found.Where(f => f.ProgrammeId == own)];
            }

            if (found.Count == 0)
            {
                Refuse("area", "story.area.outside_programme", area.Value);
            }
            else if (found.Count > 1)
            {
                Refuse("programme", "story.programme.required", area.Value);
            }
            else if (!WijkpeilPermissions.CanEditStories(user, found[0].FocusArea.Municipality))
            {
                // Refused before the other fields are judged: their messages are of no use to someone who may not write here.
                return Problem.Forbidden("story.forbidden", $"{found[0].FocusArea.Name} ({found[0].FocusArea.Municipality})");
            }
            else
            {
                focusArea = found[0].FocusArea;
                programme = (await programmes.AllAsync(ct)).Single(p => p.Id == found[0].ProgrammeId);
            }
        }

        if (programme is not null && fields.Pillar is { } pillar && programme.Pillars.All(p => p.Number != pillar))
        {
            Refuse("pillar", "story.pillar.unknown", pillar, programme.Name);
        }

        if (focusArea is not null && fields.ProjectId is { } projectId)
        {
            var project = await db.Projects.AsNoTracking()
                .Where(p => p.Id == projectId)
                .Select(p => new { p.ProgrammeId, p.FocusAreaCode, p.Title })
                .SingleOrDefaultAsync(ct);
            if (project is null)
            {
                Refuse("projectId", "story.project.not_found", projectId);
            }
            else if (project.ProgrammeId != programme!.Id || project.FocusAreaCode != focusArea.Slug)
            {
                Refuse("projectId", "story.project.other_focus_area", project.Title, focusArea.Name);
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<(ProgrammeDetails, StoryDetails, DateOnly?)>.Failure(errors);
        }

        var details = new StoryDetails(fields.Method!.Value, fields.Date!.Value, area, fields.Pillar!.Value, fields.ProjectId, fields.Summary!, fields.Body);
        return (programme!, details, fields.ConsentRecordedOn);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DutchTime).DateTime);

    private static string Id(Story story) => story.Id.ToString(CultureInfo.InvariantCulture);
}
