using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.SeedScheme;

/// <summary>
/// <see cref="ISubsidySeeding"/>: the example scheme and its granted applications, built and checked by the domain like
/// an officer's, the grants reserved in the scheme's ledger like a decision's, each change in the audit trail, and the
/// public pages showing subsidies marked stale.
/// </summary>
internal sealed partial class SubsidySeeding(WijkpeilDbContext db, IProgrammeCatalogue catalogue, IProjectDirectory projects, IAuditLog audit, IPublicChanges publicChanges, SubsidyTime time) : ISubsidySeeding
{
    private const string Actor = "wijkpeil demo";

    public async Task<int?> AddExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default)
    {
        var programme = await catalogue.GetAsync(programmeSlug, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        if (await db.SubsidySchemes.AnyAsync(s => s.IsExampleData, cancellationToken))
        {
            return 0;
        }

        var projectIds = await projects.Projects.Where(p => p.ProgrammeId == programme.Id && p.Title == SubsidyExamples.Project).Select(p => p.Id).ToListAsync(cancellationToken);
        // The wijk of the focus area (Soesterkwartier is WK030703), as the programme defines it; the gemeente without one.
        var focusArea = programme.FocusAreas.FirstOrDefault(f => f.Slug == SubsidyExamples.FocusArea);
        var focus = focusArea is null ? Array.Empty<string>() : [SubsidyExamples.FocusArea];
        var area = focusArea is { Members.Count: > 0 } ? focusArea.Members[0] : AreaCode.From(SubsidyExamples.Gemeente);
        var (now, today) = (time.Now, time.Today);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var scheme = Created(SubsidyScheme.Create(SubsidyExamples.Slug, Terms(programme.Id, focus, projectIds, today), isExampleData: true));
            Created(scheme.Publish(now, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
            db.Add(scheme);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(AuditAction.Created, AuditEntityTypes.SubsidyScheme, Id(scheme.Id), scheme.Name, null, new { scheme.Slug, scheme.Name, Plafond = scheme.Plafond.Euros, scheme.IsExampleData });

            var added = 0;
            foreach (var example in SubsidyExamples.Applications)
            {
                var application = await GrantedAsync(scheme, example, area, now, today, cancellationToken);
                audit.Record(AuditAction.Created, AuditEntityTypes.SubsidyApplication, Id(application.Id), application.Reference, null, ApplicationSnapshot.Of(application));
                added++;
            }

            publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (int?)added;
        });
    }

    public async Task<int> RemoveExamplesAsync(CancellationToken cancellationToken = default)
    {
        var schemeIds = await db.SubsidySchemes.Where(s => s.IsExampleData).Select(s => s.Id).ToListAsync(cancellationToken);
        var applications = await SchemeAccess.WholeApplications(db).Where(a => a.IsExampleData || schemeIds.Contains(a.SchemeId)).ToListAsync(cancellationToken);

        // Example applications live only under the example scheme, so no real scheme's ledger holds their money.
        var assessments = await db.SubsidyAssessments.Where(a => applications.Select(x => x.Id).Contains(a.ApplicationId)).ToListAsync(cancellationToken);
        var schemes = await db.SubsidySchemes.Include(s => s.Criteria).Include(s => s.Attachments).Include(s => s.PlafondChanges).Where(s => schemeIds.Contains(s.Id)).ToListAsync(cancellationToken);
        foreach (var application in applications)
        {
            audit.Record(AuditAction.Deleted, AuditEntityTypes.SubsidyApplication, Id(application.Id), application.Reference, ApplicationSnapshot.Of(application), null);
        }

        foreach (var scheme in schemes)
        {
            audit.Record(AuditAction.Deleted, AuditEntityTypes.SubsidyScheme, Id(scheme.Id), scheme.Name, new { scheme.Slug, scheme.Name, scheme.IsExampleData }, null);
        }

        db.RemoveRange(assessments);
        db.RemoveRange(applications);
        db.RemoveRange(schemes);
        if (applications.Count > 0 || schemes.Count > 0)
        {
            publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        }

        await db.SaveChangesAsync(cancellationToken);
        return applications.Count;
    }

    private async Task<SubsidyApplication> GrantedAsync(SubsidyScheme scheme, (ApplicantKind Kind, string? Organisation, string Title, string Summary, decimal Amount, bool AdvancePaid) example, AreaCode area, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var amount = Money.FromEuros(example.Amount).Value;
        var applicant = Created(Applicant.Create(example.Kind, "Voorbeeld Aanvrager", "voorbeeld@example.org", null, example.Organisation, example.Organisation is null ? null : "00000000", null, null, null));
        var form = new ApplicationForm(applicant, example.Title, example.Summary, area, amount, [new BudgetLineInput("Begroting (voorbeeld)", amount)], today.AddMonths(2), today.AddMonths(8), null);
        var application = Created(SubsidyApplication.Start(scheme, form, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), now, today, isExampleData: true));
        var problems = application.Submit(scheme, now, today);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The example application '{example.Title}' is refused: {problems[0].Code}");
        }

        Created(application.Grant(scheme, amount, "Voorbeeld: past in de regeling.", [], now, today, Actor));
        if (example.AdvancePaid)
        {
            Created(application.PayAdvance(scheme, today, Actor));
        }

        db.Add(application);
        await db.SaveChangesAsync(ct);
        if (!await PlafondLedger.TryReserveAsync(db, scheme.Id, amount, scheme.Plafond, ct))
        {
            throw new InvalidOperationException("The example grants do not fit the example plafond.");
        }

        return application;
    }

    private static SchemeTerms Terms(int programmeId, IReadOnlyList<string> focus, IReadOnlyList<int> projectIds, DateOnly today) => new(
        SubsidyExamples.Name,
        SubsidyExamples.Description,
        programmeId,
        AreaCode.From(SubsidyExamples.Gemeente),
        focus,
        projectIds,
        Money.FromEuros(SubsidyExamples.Plafond).Value,
        AllocationMethod.FirstComeFirstServed,
        null,
        today.AddMonths(-2),
        today.AddMonths(4),
        Money.FromEuros(250m).Value,
        Money.FromEuros(5_000m).Value,
        "Voorbeeld: initiatieven van bewoners en organisaties uit de wijk.",
        [new CriterionTerms("Bijdrage aan de wijk", null, 2), new CriterionTerms("Draagvlak bij bewoners", null, 1), new CriterionTerms("Haalbaarheid", null, 1)],
        1,
        5,
        3m,
        [],
        8,
        80,
        13,
        SubsidyScheme.DefaultObjectionClause);

    /// <summary>The examples are fixed: a refusal is a bug in them, not a user's error.</summary>
    private static T Created<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"An example is refused: {result.Error!.Code}");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
