using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;
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
public sealed record StoryFields(
    StoryMethod? Method,
    DateOnly? Date,
    string? Area,
    int? Pillar,
    int? ProjectId,
    string? Summary,
    string? Body,
    DateOnly? ConsentRecordedOn);

/// <summary>A quote as typed.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it, by name or described.</param>
/// <param name="IsNamed">The attribution names a person.</param>
public sealed record QuoteInput(string? Text, string? Attribution, bool IsNamed);

/// <summary>What a story change came to.</summary>
public enum StoryEditStatus
{
    Succeeded = 0,
    NotFound = 1,
    Forbidden = 2,
    Invalid = 3,
}

/// <summary>A refused value and why, at the field it belongs to.</summary>
/// <param name="Field">The camelCase name of the field, as the API names it (<c>summary</c>, <c>quotes</c>).</param>
/// <param name="Error">A stable code and a Dutch message.</param>
public sealed record StoryFieldError(string Field, DomainError Error);

/// <summary>The outcome of a story change; nothing was stored unless <see cref="Status"/> is Succeeded.</summary>
/// <param name="Status">Succeeded, not found, forbidden or invalid.</param>
/// <param name="StoryId">The story's id on success.</param>
/// <param name="Errors">For Invalid: the refused fields; for Forbidden and NotFound: one entry saying why.</param>
public sealed record StoryEditOutcome(StoryEditStatus Status, int? StoryId, IReadOnlyList<StoryFieldError> Errors)
{
    public bool Succeeded => Status == StoryEditStatus.Succeeded;

    internal static StoryEditOutcome Success(int id) => new(StoryEditStatus.Succeeded, id, []);

    internal static StoryEditOutcome NotFound(int id) => new(
        StoryEditStatus.NotFound,
        null,
        [new StoryFieldError("id", new DomainError("story.not_found", string.Create(CultureInfo.InvariantCulture, $"Verhaal {id} bestaat niet.")))]);

    internal static StoryEditOutcome Forbidden(string message) =>
        new(StoryEditStatus.Forbidden, null, [new StoryFieldError("area", new DomainError("story.forbidden", message))]);

    internal static StoryEditOutcome Invalid(IReadOnlyList<StoryFieldError> errors) => new(StoryEditStatus.Invalid, null, errors);

    internal static StoryEditOutcome Invalid(DomainError error) => Invalid([new StoryFieldError(StoryEditing.FieldOf(error.Code), error)]);
}

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
public sealed class StoryEditing(WijkpeilDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Creates a story, optionally with quotes, anonymised and published in the same step.</summary>
    public async Task<StoryEditOutcome> CreateAsync(
        ClaimsPrincipal user, StoryFields fields, IReadOnlyList<QuoteInput> quotes, bool anonymise, bool publish, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(quotes);
        if (!WijkpeilPermissions.CanEditAnyStories(user))
        {
            return StoryEditOutcome.Forbidden("Uw account mag geen verhalen toevoegen.");
        }

        var checkedFields = await CheckAsync(user, fields, ct);
        if (checkedFields.Outcome is { } refused)
        {
            return refused;
        }

        var (programme, details, consent) = checkedFields.Value!.Value;
        var today = Today();
        var created = Story.Create(programme, details, today);
        if (created.Error is { } error)
        {
            return StoryEditOutcome.Invalid(error);
        }

        var story = created.Value;
        var errors = new List<StoryFieldError>();
        if (consent is { } on && story.RecordConsent(on, today).Error is { } consentError)
        {
            errors.Add(new StoryFieldError(FieldOf(consentError.Code), consentError));
        }

        // Quotes first, so that anonymising sees them and refuses named ones.
        foreach (var (quote, index) in quotes.Select((q, i) => (q, i)))
        {
            if (story.AddQuote(quote.Text, quote.Attribution, quote.IsNamed).Error is { } quoteError)
            {
                errors.Add(new StoryFieldError(string.Create(CultureInfo.InvariantCulture, $"quotes[{index}]"), quoteError));
            }
        }

        if (anonymise && story.Anonymise().Error is { } anonymiseError)
        {
            errors.Add(new StoryFieldError("anonymised", anonymiseError));
        }

        if (publish && errors.Count == 0 && story.Publish().Error is { } publishError)
        {
            errors.Add(new StoryFieldError("published", publishError));
        }

        if (errors.Count > 0)
        {
            return StoryEditOutcome.Invalid(errors);
        }

        // The entry names the story's id, which exists only after a first save: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Stories.Add(story);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.Story, Id(story), story.Summary, null, StorySnapshot.Of(story));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        return StoryEditOutcome.Success(story.Id);
    }

    /// <summary>Replaces the editable fields and the consent date; quotes, anonymity and publication stay.</summary>
    public async Task<StoryEditOutcome> UpdateAsync(ClaimsPrincipal user, int id, StoryFields fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        var story = await LoadAsync(id, ct);
        if (story is null)
        {
            return StoryEditOutcome.NotFound(id);
        }

        if (Refusal(user, story) is { } forbidden)
        {
            return forbidden;
        }

        var checkedFields = await CheckAsync(user, fields, ct);
        if (checkedFields.Outcome is { } refused)
        {
            return refused;
        }

        var (programme, details, consent) = checkedFields.Value!.Value;
        if (programme.Id != story.ProgrammeId)
        {
            return StoryEditOutcome.Invalid([new StoryFieldError("area", new DomainError("story.area.programme", "Dit gebied hoort bij een ander programma dan het verhaal."))]);
        }

        var before = StorySnapshot.Of(story);
        var today = Today();
        if (story.Update(programme, details, today).Error is { } error)
        {
            return StoryEditOutcome.Invalid(error);
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
    public Task<StoryEditOutcome> SetPublishedAsync(ClaimsPrincipal user, int id, bool published, CancellationToken ct) =>
        ChangeAsync(user, id, story =>
        {
            if (!published)
            {
                story.Unpublish();
                return null;
            }

            return story.Publish().Error is { } error ? new StoryFieldError("published", error) : null;
        }, ct);

    /// <summary>Marks the story anonymised (refused while a quote names its speaker) or lifts that.</summary>
    public Task<StoryEditOutcome> SetAnonymisedAsync(ClaimsPrincipal user, int id, bool anonymised, CancellationToken ct) =>
        ChangeAsync(user, id, story =>
        {
            if (!anonymised)
            {
                story.RevokeAnonymisation();
                return null;
            }

            return story.Anonymise().Error is { } error ? new StoryFieldError("anonymised", error) : null;
        }, ct);

    /// <summary>Adds a quote after the others.</summary>
    public Task<StoryEditOutcome> AddQuoteAsync(ClaimsPrincipal user, int id, QuoteInput quote, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return ChangeAsync(user, id, story =>
            story.AddQuote(quote.Text, quote.Attribution, quote.IsNamed).Error is { } error ? new StoryFieldError(FieldOf(error.Code), error) : null, ct);
    }

    /// <summary>Removes one of the story's quotes.</summary>
    public Task<StoryEditOutcome> RemoveQuoteAsync(ClaimsPrincipal user, int id, int quoteId, CancellationToken ct) =>
        ChangeAsync(user, id, story =>
        {
            var quote = story.Quotes.FirstOrDefault(q => q.Id == quoteId);
            if (quote is null)
            {
                return new StoryFieldError("quoteId", new DomainError("story.quote.not_found", "Dit citaat hoort niet (meer) bij het verhaal."));
            }

            story.RemoveQuote(quote);

            // The quote's key to its story is optional in the mapping, so EF would keep the row with the key
            // cleared; a removed quote (someone's words) must be gone from the database, not orphaned.
            db.Remove(quote);
            return null;
        }, ct);

    /// <summary>Deletes the story with its quotes; the audit trail keeps its last values.</summary>
    public async Task<StoryEditOutcome> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var story = await LoadAsync(id, ct);
        if (story is null)
        {
            return StoryEditOutcome.NotFound(id);
        }

        if (Refusal(user, story) is { } forbidden)
        {
            return forbidden;
        }

        audit.Record(AuditAction.Deleted, AuditEntityTypes.Story, Id(story), story.Summary, StorySnapshot.Of(story), null);
        db.Stories.Remove(story);
        await db.SaveChangesAsync(ct);
        return StoryEditOutcome.Success(id);
    }

    /// <summary>Whether <paramref name="user"/> may edit a story about <paramref name="area"/> (for showing edit links).</summary>
    public static bool CanEdit(ClaimsPrincipal user, AreaCode area) =>
        area.Municipality is { } gemeente && WijkpeilPermissions.CanEditStories(user, gemeente);

    /// <summary>The form and API field a domain error code belongs to (<c>story.summary.required</c> → <c>summary</c>).</summary>
    internal static string FieldOf(string code) => code.Split('.') switch
    {
        [_, "pillar", ..] => "pillar",
        [_, "project", ..] => "projectId",
        [_, "consent", ..] => "consentRecordedOn",
        [_, "quote", "attribution", ..] => "attribution",
        [_, "quote", "named_in_anonymised"] => "attribution",
        [_, "quote", ..] => "text",
        [_, "publish", ..] => "published",
        [_, "anonymise", ..] => "anonymised",
        [_, var field, ..] => field,
        _ => "story",
    };

    private async Task<StoryEditOutcome> ChangeAsync(ClaimsPrincipal user, int id, Func<Story, StoryFieldError?> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var story = await LoadAsync(id, ct);
        if (story is null)
        {
            return StoryEditOutcome.NotFound(id);
        }

        if (Refusal(user, story) is { } forbidden)
        {
            return forbidden;
        }

        var before = StorySnapshot.Of(story);
        if (change(story) is { } error)
        {
            return StoryEditOutcome.Invalid([error]);
        }

        return await SaveAsync(AuditAction.Updated, story, before, ct);
    }

    private async Task<StoryEditOutcome> SaveAsync(AuditAction action, Story story, StorySnapshot before, CancellationToken ct)
    {
        var after = StorySnapshot.Of(story);

        // Saving an unchanged story would put an entry without a change in the trail.
        if (AuditLog.Serialise(before) != AuditLog.Serialise(after))
        {
            audit.Record(action, AuditEntityTypes.Story, Id(story), story.Summary, before, after);
            await db.SaveChangesAsync(ct);
        }

        return StoryEditOutcome.Success(story.Id);
    }

    private Task<Story?> LoadAsync(int id, CancellationToken ct) =>
        db.Stories.Include(s => s.Quotes).SingleOrDefaultAsync(s => s.Id == id, ct);

    private static StoryEditOutcome? Refusal(ClaimsPrincipal user, Story story) =>
        CanEdit(user, story.Area)
            ? null
            : StoryEditOutcome.Forbidden($"Uw account mag verhalen over {story.Area} niet wijzigen: dat gebied ligt buiten uw gemeenten.");

    /// <summary>
    /// Checks the fields against the programme and the user's gemeenten; on success the programme the area belongs
    /// to, the domain's details and the consent date.
    /// </summary>
    private async Task<(StoryEditOutcome? Outcome, (Programme Programme, StoryDetails Details, DateOnly? Consent)? Value)> CheckAsync(
        ClaimsPrincipal user, StoryFields fields, CancellationToken ct)
    {
        var errors = new List<StoryFieldError>();
        void Refuse(string field, string code, string message) => errors.Add(new StoryFieldError(field, new DomainError(code, message)));

        var today = Today();
        if (fields.Method is not { } method || !Enum.IsDefined(method))
        {
            Refuse("method", "story.method.required", "Kies de methode: interview, focusgroep, observatie, evaluatie of enquête.");
        }

        if (fields.Date is not { } date)
        {
            Refuse("date", "story.date.required", "Vul de datum in waarop het verhaal is opgehaald.");
        }
        else if (date > today)
        {
            Refuse("date", "story.date.in_future", string.Create(CultureInfo.InvariantCulture, $"De datum {date:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."));
        }

        if (fields.ConsentRecordedOn is { } consent && consent > today)
        {
            Refuse("consentRecordedOn", "story.consent.in_future", string.Create(CultureInfo.InvariantCulture, $"De toestemmingsdatum {consent:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."));
        }

        if (string.IsNullOrWhiteSpace(fields.Summary))
        {
            Refuse("summary", "story.summary.required", "Vul de samenvatting in.");
        }

        if (fields.Pillar is null)
        {
            Refuse("pillar", "story.pillar.required", "Kies de pijler waar het verhaal over gaat.");
        }

        Programme? programme = null;
        FocusArea? focusArea = null;
        AreaCode area = default;
        if (string.IsNullOrWhiteSpace(fields.Area))
        {
            Refuse("area", "story.area.required", "Kies het gebied waar het verhaal over gaat.");
        }
        else if (!AreaCode.TryParse(fields.Area.Trim().ToUpperInvariant(), out area))
        {
            Refuse("area", "story.area.invalid", $"'{fields.Area.Trim()}' is geen CBS-code van een wijk of buurt, zoals WK034403 of BU03550205.");
        }
        else
        {
            (programme, focusArea) = await FindFocusAreaAsync(area, ct);
            if (focusArea is null)
            {
                Refuse("area", "story.area.outside_programme", $"{area} ligt niet in een focusgebied van het programma. Een verhaal gaat over een wijk of buurt van een focusgebied, of een buurt daarbinnen.");
            }
            else if (!WijkpeilPermissions.CanEditStories(user, focusArea.MunicipalityCode))
            {
                // Refused before the other fields are judged: their messages are of no use to someone who may not write here.
                return (StoryEditOutcome.Forbidden($"Uw account mag geen verhalen over {focusArea.Name} ({focusArea.MunicipalityCode}) schrijven: dat ligt buiten uw gemeenten."), null);
            }
        }

        if (programme is not null && fields.Pillar is { } pillar && programme.Pillars.All(p => p.Number != pillar))
        {
            Refuse("pillar", "story.pillar.unknown", string.Create(CultureInfo.InvariantCulture, $"Pijler {pillar} bestaat niet in {programme.Name}."));
        }

        if (focusArea is not null && fields.ProjectId is { } projectId)
        {
            var project = await db.Projects.AsNoTracking()
                .Where(p => p.Id == projectId)
                .Select(p => new { p.ProgrammeId, p.FocusAreaCode, p.Title })
                .SingleOrDefaultAsync(ct);
            if (project is null)
            {
                Refuse("projectId", "story.project.not_found", string.Create(CultureInfo.InvariantCulture, $"Project {projectId} bestaat niet."));
            }
            else if (project.ProgrammeId != programme!.Id || project.FocusAreaCode != focusArea.Code)
            {
                Refuse("projectId", "story.project.other_focus_area", $"Project '{project.Title}' hoort niet bij {focusArea.Name}. Kies een project van hetzelfde focusgebied, of geen project.");
            }
        }

        if (errors.Count > 0)
        {
            return (StoryEditOutcome.Invalid(errors), null);
        }

        var details = new StoryDetails(fields.Method!.Value, fields.Date!.Value, area, fields.Pillar!.Value, fields.ProjectId, fields.Summary!, fields.Body);
        return (null, (programme!, details, fields.ConsentRecordedOn));
    }

    /// <summary>The focus area whose wijk or buurt <paramref name="area"/> is, or whose wijk it lies in.</summary>
    private async Task<(Programme? Programme, FocusArea? FocusArea)> FindFocusAreaAsync(AreaCode area, CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.FocusAreas).Include(p => p.Pillars).AsSplitQuery().ToListAsync(ct);
        foreach (var programme in programmes)
        {
            if (programme.FocusAreas.FirstOrDefault(f => f.Members.Contains(area)) is { } member)
            {
                return (programme, member);
            }
        }

        // A buurt inside a focus area's wijk: the code says which wijk, the register must know the buurt.
        if (area.Level == AreaLevel.Neighbourhood && area.DerivedParent is { } wijk && await db.Areas.AnyAsync(a => a.Code == area, ct))
        {
            foreach (var programme in programmes)
            {
                if (programme.FocusAreas.FirstOrDefault(f => f.Members.Contains(wijk)) is { } containing)
                {
                    return (programme, containing);
                }
            }
        }

        return (null, null);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DutchTime).DateTime);

    private static string Id(Story story) => story.Id.ToString(CultureInfo.InvariantCulture);
}
