using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>
/// Officers define schemes: create a draft, change it while it is a draft, publish it (the plafond and terms freeze,
/// Awb 4:25–4:27), and change a published plafond with a reason. Each step checks on the server that the user runs
/// schemes of the gemeente (the one stored and the one asked for), and is audited with the change in one transaction.
/// </summary>
public sealed class DefineSchemeHandler(
    WijkpeilDbContext db,
    IAuditLog audit,
    IPublicChanges publicChanges,
    IProgrammeCatalogue catalogue,
    IProjectDirectory projects,
    SubsidyTime time)
{
    public Task<Outcome<SubsidyScheme>> CreateAsync(ClaimsPrincipal user, SchemeTerms terms, CancellationToken ct) => InTransactionAsync(async () =>
    {
        if (!WijkpeilPermissions.CanRunSubsidies(user, terms.Gemeente))
        {
            return SubsidyProblems.Forbidden();
        }

        var slug = SchemeSlugs.FromName(terms.Name);
        if (slug is null && !string.IsNullOrWhiteSpace(terms.Name))
        {
            return Problem.Invalid("name", "subsidy.define.slug_from_name", terms.Name.Trim());
        }

        var references = await CheckReferencesAsync(terms, ct);
        if (references.Count > 0)
        {
            return Outcome<SubsidyScheme>.Failure(references);
        }

        // Without a name there is no slug yet; the domain then says the name is missing.
        var created = SubsidyScheme.Create(slug ?? "regeling", terms);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        if (await db.SubsidySchemes.AnyAsync(s => s.Slug == slug, ct))
        {
            return SlugTaken(slug!);
        }

        var scheme = created.Value;
        db.Add(scheme);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.SubsidyScheme, Key(scheme.Id), scheme.Name, null, SchemeSnapshot.Of(scheme));
        await db.SaveChangesAsync(ct);
        return scheme;
    }, ct);

    public Task<Outcome<SubsidyScheme>> ChangeAsync(int id, ClaimsPrincipal user, SchemeTerms terms, CancellationToken ct) => InTransactionAsync(async () =>
    {
        var (scheme, refused) = await DraftAsync(id, user, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (!WijkpeilPermissions.CanRunSubsidies(user, terms.Gemeente))
        {
            return SubsidyProblems.Forbidden();
        }

        var references = await CheckReferencesAsync(terms, ct);
        if (references.Count > 0)
        {
            return Outcome<SubsidyScheme>.Failure(references);
        }

        var before = SchemeSnapshot.Of(scheme!);
        var changed = scheme!.Change(terms);
        if (!changed.IsSuccess)
        {
            return Problem.From(changed.Error!);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyScheme, Key(id), scheme.Name, before, SchemeSnapshot.Of(scheme));
        await db.SaveChangesAsync(ct);
        return scheme;
    }, ct);

    /// <summary>Publishes a draft; a tender's lot seed is drawn now and kept, so anyone can redo the draw later.</summary>
    public Task<Outcome<SubsidyScheme>> PublishAsync(int id, ClaimsPrincipal user, CancellationToken ct) => InTransactionAsync(async () =>
    {
        var (scheme, refused) = await DraftAsync(id, user, ct);
        if (refused is not null)
        {
            return refused;
        }

        var before = SchemeSnapshot.Of(scheme!);
        var published = scheme!.Publish(time.Now, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        if (!published.IsSuccess)
        {
            return Problem.From(published.Error!) with { Kind = ProblemKind.Conflict };
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyScheme, Key(id), scheme.Name, before, SchemeSnapshot.Of(scheme));
        publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        await db.SaveChangesAsync(ct);
        return scheme;
    }, ct);

    /// <summary>
    /// Changes a published plafond with a reason (Awb 4:27). The new plafond is written by one conditional update, "where
    /// nothing more is granted than the new plafond and nobody changed the plafond since it was read", so a grant landing
    /// at the same moment can never leave the plafond below what is granted.
    /// </summary>
    public Task<Outcome<SubsidyScheme>> ChangePlafondAsync(int id, ClaimsPrincipal user, Money amount, string? reason, CancellationToken ct) => InTransactionAsync(async () =>
    {
        var scheme = await SchemeAccess.SchemeAsync(db, id, tracked: true, ct);
        if (scheme is null)
        {
            return SubsidyProblems.SchemeNotFound(id);
        }

        if (!SchemeAccess.MayRun(user, scheme))
        {
            return SubsidyProblems.Forbidden();
        }

        if (!scheme.IsPublished || scheme.IsRunElsewhere)
        {
            return Problem.Conflict("plafond", scheme.IsRunElsewhere ? "subsidy.scheme.run_elsewhere" : "subsidy.define.plafond_of_draft");
        }

        var (before, previous) = (SchemeSnapshot.Of(scheme), scheme.PlafondCents);
        var changed = scheme.ChangePlafond(amount, reason, time.Now);
        if (!changed.IsSuccess)
        {
            return Problem.From(changed.Error!);
        }

        var cents = amount.Cents;
        var written = await db.SubsidySchemes
            .Where(s => s.Id == id && s.PlafondCents == previous && s.GrantedCents <= cents)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlafondCents, cents), ct);
        if (written != 1)
        {
            var granted = Money.FromCents(await PlafondLedger.GrantedCentsAsync(db, id, ct));
            return amount < granted
                ? Problem.Invalid("plafond", "subsidy.plafond.below_granted", amount.Euros, granted.Euros)
                : Problem.Conflict("plafond", "subsidy.define.changed_meanwhile");
        }

        db.Entry(scheme).Property(s => s.PlafondCents).IsModified = false;
        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyScheme, Key(id), scheme.Name, before, SchemeSnapshot.Of(scheme));
        publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        await db.SaveChangesAsync(ct);
        return scheme;
    }, ct);

    /// <summary>A draft the user runs, tracked; or the refusal: not found, forbidden, or published (its terms are frozen).</summary>
    private async Task<(SubsidyScheme? Scheme, Problem? Refused)> DraftAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var scheme = await SchemeAccess.SchemeAsync(db, id, tracked: true, ct);
        if (scheme is null)
        {
            return (null, SubsidyProblems.SchemeNotFound(id));
        }

        if (!SchemeAccess.MayRun(user, scheme))
        {
            return (null, SubsidyProblems.Forbidden());
        }

        return scheme.IsPublished || scheme.IsRunElsewhere
            ? (null, Problem.Conflict(null, scheme.IsRunElsewhere ? "subsidy.scheme.run_elsewhere" : "subsidy.define.frozen"))
            : (scheme, null);
    }

    /// <summary>The programme exists; the focus areas are the programme's, in the scheme's gemeente; the projects are the programme's.</summary>
    private async Task<List<Problem>> CheckReferencesAsync(SchemeTerms terms, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var programme = (await catalogue.ListAsync(ct)).FirstOrDefault(p => p.Id == terms.ProgrammeId);
        if (programme is null)
        {
            problems.Add(Problem.Invalid("programmeId", "subsidy.define.programme_unknown"));
            return problems;
        }

        var focusAreas = (await catalogue.FocusAreasAsync(programme.Slug, ct))
            .Where(f => f.FocusArea.Municipality == terms.Gemeente)
            .Select(f => f.FocusArea.Slug)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var slug in terms.FocusAreas.Where(f => !focusAreas.Contains(f)))
        {
            problems.Add(Problem.Invalid("focusAreas", "subsidy.define.focus_area_outside", slug, programme.Name, terms.Gemeente.Value));
        }

        var ids = terms.ProjectIds.Distinct().ToList();
        var known = await projects.Projects.Where(p => ids.Contains(p.Id) && p.ProgrammeId == programme.Id).Select(p => p.Id).ToListAsync(ct);
        foreach (var missing in ids.Except(known))
        {
            problems.Add(Problem.Invalid("projectIds", "subsidy.define.project_outside", missing, programme.Name));
        }

        return problems;
    }

    private static Problem SlugTaken(string slug) => Problem.Conflict("name", "subsidy.define.slug_taken", slug);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs a step in one transaction: its change and its audit entry are stored together, or neither. Two officers
    /// creating schemes of the same name at once: the unique slug lets only one in, the other hears the name is taken.
    /// </summary>
    private Task<Outcome<SubsidyScheme>> InTransactionAsync(Func<Task<Outcome<SubsidyScheme>>> step, CancellationToken ct) =>
        db.InTransactionAsync(step, ct, exception =>
            UniqueViolation.Is(exception) && db.ChangeTracker.Entries<SubsidyScheme>().FirstOrDefault(e => e.State == EntityState.Added) is { } added
                ? (Outcome<SubsidyScheme>)SlugTaken(added.Entity.Slug)
                : null);
}
