using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// The subsidy targets of the matrix: one open scheme of Utrecht (GM0344) under Vitale Wijken for Overvecht, and an
/// application in the state each form starts from, made through the domain with dates in the past where a term must
/// have passed.
/// </summary>
public sealed partial class MatrixHost
{
    public const string SchemeSlug = "matrixregeling";

    /// <summary>The matrix scheme's id.</summary>
    public int SchemeId { get; private set; }

    /// <summary>The programme (Vitale Wijken) of the matrix scheme.</summary>
    public int SchemeProgrammeId { get; private set; }

    /// <summary>A filed application of the matrix scheme for the read rows (never changed by a cell).</summary>
    public int ReadApplicationId { get; private set; }

    /// <summary>A refused application the read rows open: its beschikking can be downloaded.</summary>
    public int DecidedApplicationId { get; private set; }

    internal async Task AddSubsidySchemeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(ct)).Single(p => p.Slug == "vitale-wijken");
        var terms = new SchemeTerms(
            "Matrixregeling", null, programme.Id, AreaCode.From("GM0344"), ["overvecht"], [], Money.FromCents(1_000_000_00), AllocationMethod.FirstComeFirstServed, null,
            new DateOnly(2020, 1, 1), new DateOnly(2099, 12, 31), Money.Zero, Money.FromCents(10_000_00), null,
            [new CriterionTerms("Bijdrage aan de wijk", null, 1)], 1, 5, 1m, [], 8, 80, 13, SubsidyScheme.DefaultObjectionClause);
        var scheme = SubsidyScheme.Create(SchemeSlug, terms).Value;
        Assert.True(scheme.Publish(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "matrix").IsSuccess);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(ct);
        SchemeId = scheme.Id;
        SchemeProgrammeId = programme.Id;
        ReadApplicationId = (await CreateSubsidyTargetAsync(TargetKind.ReceivedApplication)).Id;
        DecidedApplicationId = (await CreateSubsidyTargetAsync(TargetKind.DecidedApplication)).Id;
    }

    private async Task<Target> CreateSubsidyTargetAsync(TargetKind kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.Set<SubsidyScheme>().Include(s => s.Criteria).Include(s => s.Attachments).Include(s => s.PlafondChanges).SingleAsync(s => s.Id == SchemeId, ct);
        var token = SecretToken.New("wps_");

        // An expired term needs a request in the past: the whole history is dated a month ago.
        var at = kind == TargetKind.CompletionExpired ? DateTimeOffset.UtcNow.AddDays(-30) : DateTimeOffset.UtcNow;
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var application = SubsidyApplication.Start(scheme, ApplicationForm(), SecretToken.Hash(token), at, day).Value;
        if (kind != TargetKind.DraftApplication)
        {
            Assert.Empty(application.Submit(scheme, at, day));
        }

        if (kind is TargetKind.CompletionAsked or TargetKind.CompletionExpired)
        {
            Assert.True(application.RequestCompletion("Stuur de begroting mee.", day, day.AddDays(7), at, "matrix").IsSuccess);
        }

        if (kind == TargetKind.DecidedApplication)
        {
            Assert.True(application.Refuse(scheme, null, [(scheme.Criteria.Single().Id, "Past niet bij de regeling.")], at, day, "matrix").IsSuccess);
        }

        if (kind is TargetKind.GrantedApplication or TargetKind.SettledApplication)
        {
            Assert.True(application.Grant(scheme, application.AmountRequested, null, [], at, day, "matrix").IsSuccess);
        }

        if (kind == TargetKind.SettledApplication)
        {
            Assert.True(application.PayAdvance(scheme, day, "matrix").IsSuccess);
            Assert.True(application.Settle(application.Granted!.Value, SettlementReason.AsGranted, null, at).IsSuccess);
        }

        db.Add(application);
        await db.SaveChangesAsync(ct);
        if (kind is not (TargetKind.Assignment or TargetKind.DeclaredAssignment))
        {
            return new Target(kind, Id: application.Id, Slug: token);
        }

        var assessorId = await db.Users.Where(u => u.Email == EmailOf(WijkpeilRoles.Assessor)).Select(u => u.Id).SingleAsync(ct);
        var assessment = Assessment.Assign(application.Id, assessorId, EmailOf(WijkpeilRoles.Assessor), at, "matrix");
        if (kind == TargetKind.DeclaredAssignment)
        {
            Assert.True(assessment.Declare(false, null, at).IsSuccess);
        }

        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return new Target(kind, Id: assessment.Id, QuoteId: scheme.Criteria.Single().Id);
    }

    private static async Task<string> SubsidyFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        if (target.Kind == TargetKind.NewApplication)
        {
            return "applications: " + await db.Set<SubsidyApplication>().CountAsync(ct);
        }

        if (target.Kind is TargetKind.Assignment or TargetKind.DeclaredAssignment)
        {
            var assessment = await db.Set<Assessment>().AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == target.Id, ct);
            return JsonSerializer.Serialize(new { assessment.Declaration, assessment.SubmittedAt, Scores = assessment.Scores.Select(s => new { s.CriterionId, s.Score, s.NotApplicable, s.Reason }) });
        }

        var application = await db.Set<SubsidyApplication>().AsNoTracking()
            .Include(a => a.CompletionRequests).Include(a => a.Objections).Include(a => a.BudgetLines).Include(a => a.Attachments).Include(a => a.Payments)
            .AsSplitQuery().SingleAsync(a => a.Id == target.Id, ct);
        var assignments = await db.Set<Assessment>().CountAsync(a => a.ApplicationId == target.Id, ct);
        return JsonSerializer.Serialize(new
        {
            application.Status,
            application.Title,
            application.Decision,
            application.GrantedCents,
            application.DelayedTo,
            Requests = application.CompletionRequests.Select(c => new { c.TermEndsOn, c.CompletedOn }),
            Objections = application.Objections.Count,
            Budget = application.BudgetLines.Select(b => new { b.Description, b.AmountCents }),
            Attachments = application.Attachments.Count,
            assignments,
            Payments = application.Payments.Select(p => new { p.Kind, p.AmountCents, p.On }),
            application.SettledCents,
            application.ReportSubmittedAt,
        });
    }

    private static ApplicationForm ApplicationForm() => new(
        Applicant.Create(ApplicantKind.Person, "Matrix Bewoner", "bewoner@matrix.nl", null, null, null, null, null, null).Value,
        "Matrixinitiatief",
        "Een initiatief voor de matrix.",
        AreaCode.From("WK034403"),
        Money.FromCents(1_000_00),
        [new BudgetLineInput("Materiaal", Money.FromCents(1_000_00))],
        new DateOnly(2030, 1, 1),
        new DateOnly(2030, 6, 30),
        null);

    /// <summary>The scheme form's fields for a valid draft of Utrecht (Overvecht) named <paramref name="name"/>.</summary>
    internal Dictionary<string, string> SchemeFields(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Description"] = "Een regeling voor de matrix.",
        ["Input.ProgrammeId"] = SchemeProgrammeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Gemeente"] = "GM0344",
        ["Input.FocusAreas[overvecht]"] = "true",
        ["Input.Plafond"] = "50000",
        ["Input.Allocation"] = "FirstComeFirstServed",
        ["Input.OpensOn"] = "2030-01-01",
        ["Input.ClosesOn"] = "2030-12-31",
        ["Input.MinimumAmount"] = "0",
        ["Input.MaximumAmount"] = "5000",
        ["Input.Criteria[0].Name"] = "Bijdrage aan de wijk",
        ["Input.Criteria[0].Weight"] = "1",
        ["Input.ScaleMin"] = "1",
        ["Input.ScaleMax"] = "5",
        ["Input.MinimumScore"] = "3",
        ["Input.DecisionTermWeeks"] = "8",
        ["Input.AdvancePercent"] = "80",
        ["Input.FinalReportTermWeeks"] = "13",
        ["Input.ObjectionClause"] = SubsidyScheme.DefaultObjectionClause,
    };

    /// <summary>A scheme of Utrecht of its own: a draft, or published and open (for a plafond change).</summary>
    private async Task<Target> CreateSchemeTargetAsync(TargetKind kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var terms = new SchemeTerms(
            "Matrixconcept", null, SchemeProgrammeId, AreaCode.From("GM0344"), ["overvecht"], [], Money.FromCents(1_000_000_00), AllocationMethod.FirstComeFirstServed, null,
            new DateOnly(2020, 1, 1), new DateOnly(2099, 12, 31), Money.Zero, Money.FromCents(10_000_00), null,
            [new CriterionTerms("Bijdrage aan de wijk", null, 1)], 1, 5, 1m, [], 8, 80, 13, SubsidyScheme.DefaultObjectionClause);
        var scheme = SubsidyScheme.Create("matrix-" + Guid.NewGuid().ToString("N")[..12], terms).Value;
        if (kind == TargetKind.OpenScheme)
        {
            Assert.True(scheme.Publish(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "matrix").IsSuccess);
        }

        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(ct);
        return new Target(kind, Id: scheme.Id);
    }

    private static async Task<string> SchemeFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        if (target.Kind == TargetKind.NewScheme)
        {
            return "schemes: " + await db.Set<SubsidyScheme>().CountAsync(ct);
        }

        var scheme = await db.Set<SubsidyScheme>().AsNoTracking().Include(s => s.Criteria).Include(s => s.PlafondChanges).AsSplitQuery().SingleAsync(s => s.Id == target.Id, ct);
        return JsonSerializer.Serialize(new
        {
            scheme.Name,
            scheme.Description,
            scheme.PlafondCents,
            scheme.PublishedAt,
            scheme.ClosesOn,
            Criteria = scheme.Criteria.Select(c => new { c.Name, c.Weight }),
            Changes = scheme.PlafondChanges.Select(c => new { c.AmountCents, c.Reason }),
        });
    }

    private readonly SemaphoreSlim _fileTargetsLock = new(1, 1);
    private Dictionary<string, string>? _fileTargets;

    /// <summary>
    /// Fills in the read rows' placeholders for applicants' files: <c>{declared}</c>, an application with a stored PDF
    /// whose assigned Assessor declared no conflict, and <c>{pending}</c>, one whose Assessor has not declared yet; each
    /// with <c>-attachment</c> (its file's id) and <c>-token</c> (its secret link). Made on first use, when the
    /// callers' accounts exist.
    /// </summary>
    internal async Task<string> SubsidyReadPathAsync(string path)
    {
        if (!path.Contains("{declared", StringComparison.Ordinal) && !path.Contains("{pending", StringComparison.Ordinal))
        {
            return path;
        }

        await _fileTargetsLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _fileTargets ??= await CreateFileTargetsAsync();
        }
        finally
        {
            _fileTargetsLock.Release();
        }

        // Longest keys first, so "{declared}" does not eat into "{declared-attachment}".
        return _fileTargets.OrderByDescending(p => p.Key.Length).Aggregate(path, (text, p) => text.Replace(p.Key, p.Value, StringComparison.Ordinal));
    }

    private async Task<Dictionary<string, string>> CreateFileTargetsAsync()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, declared) in new[] { ("declared", true), ("pending", false) })
        {
            var ct = TestContext.Current.CancellationToken;
            var store = App.Services.GetRequiredService<Wijkpeil.App.Modules.Subsidies.Attachments.IAttachmentStore>();
            using var pdf = new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray());
            var stored = (await store.SaveAsync(pdf, 1024 * 1024, new HashSet<Wijkpeil.App.Modules.Subsidies.Attachments.FileKind> { Wijkpeil.App.Modules.Subsidies.Attachments.FileKind.Pdf }, null, ct)).Value;
            await using var scope = Database.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var scheme = await db.Set<SubsidyScheme>().Include(s => s.Criteria).Include(s => s.Attachments).SingleAsync(s => s.Id == SchemeId, ct);
            var token = SecretToken.New("wps_");
            var now = DateTimeOffset.UtcNow;
            var day = DateOnly.FromDateTime(now.UtcDateTime);
            var application = SubsidyApplication.Start(scheme, ApplicationForm(), SecretToken.Hash(token), now, day).Value;
            var attachment = ApplicationAttachment.Create(null, "begroting.pdf", stored.StoredName, "pdf", stored.Size, stored.Sha256Hex, now);
            Assert.True(application.AddAttachment(attachment).IsSuccess);
            Assert.Empty(application.Submit(scheme, now, day));
            db.Add(application);
            await db.SaveChangesAsync(ct);
            var assessorId = await db.Users.Where(u => u.Email == EmailOf(WijkpeilRoles.Assessor)).Select(u => u.Id).SingleAsync(ct);
            var assessment = Assessment.Assign(application.Id, assessorId, EmailOf(WijkpeilRoles.Assessor), now, "matrix");
            if (declared)
            {
                Assert.True(assessment.Declare(false, null, now).IsSuccess);
            }

            db.Add(assessment);
            await db.SaveChangesAsync(ct);
            targets[$"{{{name}}}"] = application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            targets[$"{{{name}-attachment}}"] = attachment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            targets[$"{{{name}-token}}"] = token;
        }

        return targets;
    }
}
