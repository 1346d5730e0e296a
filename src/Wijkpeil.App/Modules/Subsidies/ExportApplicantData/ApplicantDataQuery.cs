using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ExportApplicantData;

/// <summary>The inzage of one applicant: the data, the applications' ids (each view is audited) and which stored file goes where in the ZIP.</summary>
public sealed record ApplicantExport(ApplicantData Data, IReadOnlyList<int> ApplicationIds, IReadOnlyList<ExportFile> Files);

/// <summary>A stored file (<paramref name="StoredName"/> in the attachment store) and its path in the ZIP.</summary>
public sealed record ExportFile(string Path, string StoredName);

/// <summary>
/// Gathers an inzageverzoek (AVG art. 15) from a dossier: the applicant of <c>applicationId</c> and every other
/// application with the same e-mail address (case does not matter) in the schemes the officer may run — not in other
/// gemeenten' schemes, whose data is theirs to give. Only for an officer who may run the application's scheme.
/// </summary>
public sealed class ApplicantDataQuery(WijkpeilDbContext db, Attachments.IAttachmentStore store, SubsidyTime time)
{
    public async Task<Outcome<ApplicantExport>> GetAsync(int applicationId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var access = await SchemeAccess.ForOfficerAsync(db, applicationId, user, ct);
        if (!access.Succeeded)
        {
            return access.Cast<ApplicantExport>();
        }

        var (first, _) = access.Value;
        var schemes = (await db.SubsidySchemes.AsNoTracking().Include(s => s.Criteria).ToListAsync(ct))
            .Where(s => SchemeAccess.MayRun(user, s)).ToDictionary(s => s.Id);
        var email = first.Applicant.Email.ToLowerInvariant();
        var schemeIds = schemes.Keys.ToList();
#pragma warning disable CA1304, CA1311, CA1862 // runs as SQL lower() on both providers (SQLite's lowers ASCII only: addresses are ASCII but for rare IDN ones)
        var applications = first.AnonymisedAt is not null
            ? [(await SchemeAccess.ApplicationAsync(db, applicationId, tracked: false, ct))!]
            : await SchemeAccess.WholeApplications(db).AsNoTracking()
                .Where(a => schemeIds.Contains(a.SchemeId) && a.Applicant.Email.ToLower() == email)
                .OrderBy(a => a.Id).ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
        applications = [.. applications.OrderBy(a => a.Id != applicationId).ThenBy(a => a.Id)]; // the dossier's own first
        var ids = applications.Select(a => a.Id).ToList();
        var assessments = await db.SubsidyAssessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => ids.Contains(a.ApplicationId)).OrderBy(a => a.Id).ToListAsync(ct);

        var files = new List<ExportFile>();
        var data = applications.Select(a => Describe(a, schemes[a.SchemeId], assessments.Where(s => s.ApplicationId == a.Id), files)).ToList();
        return new ApplicantExport(new ApplicantData(time.Now, SchemeAccess.Actor(user), first.Applicant.Email, data), ids, files);
    }

    private ApplicationData Describe(SubsidyApplication a, SubsidyScheme scheme, IEnumerable<Assessment> assessments, List<ExportFile> files)
    {
        string Criterion(int id) => scheme.Criteria.FirstOrDefault(c => c.Id == id)?.Name ?? id.ToString(CultureInfo.InvariantCulture);
        var applicant = a.Applicant;
        return new ApplicationData(
            a.Reference,
            scheme.Name,
            a.Status,
            new ApplicantPart(applicant.Kind, applicant.ContactName, applicant.Email, applicant.Phone, applicant.OrganisationName, applicant.KvkNumber, applicant.Address, applicant.PostalCode, applicant.City),
            a.Title,
            a.Summary,
            a.Area?.Value,
            a.AmountRequested.Euros,
            [.. a.BudgetLines.OrderBy(b => b.Position).Select(b => new BudgetLineData(b.Description, Money(b.AmountCents)))],
            a.StartsOn,
            a.EndsOn,
            a.Planning,
            a.CreatedAt,
            a.SubmittedAt,
            a.CompleteAt,
            [.. a.CompletionRequests.OrderBy(c => c.RequestedAt).Select(c => new CompletionData(c.Message, c.RequestedOn, c.TermEndsOn, c.CompletedOn))],
            a.DelayedTo,
            a.DelayReason,
            a.Decision is { } kind
                ? new DecisionData(kind, a.Granted?.Euros, a.DecisionMotivation, [.. a.Motivations.Select(m => new MotivationData(Criterion(m.CriterionId), m.Reason))], a.DecidedAt, a.DecisionSentOn)
                : null,
            [.. a.Objections.OrderBy(o => o.ReceivedOn).Select(o => new ObjectionData(o.ReceivedOn, o.InTime, o.Note))],
            [.. a.Payments.OrderBy(p => p.On).Select(p => new PaymentData(p.Kind, Money(p.AmountCents), p.On))],
            a.ReportDueOn is null && a.ReportSubmittedAt is null ? null : new ReportData(a.ReportDueOn, a.ReportSubmittedAt, a.ReportText, a.ActualCostsCents is { } costs ? Money(costs) : null),
            a.Settled is { } settled ? new SettlementData(settled.Euros, a.SettlementReason, a.SettlementExplanation, a.SettledAt) : null,
            a.AnonymisedAt,
            [.. a.Attachments.OrderBy(f => f.AddedAt).Select(f => File(a, f, files))],
            [.. assessments.Where(s => s.Declaration != ConflictDeclaration.Pending).Select(s => new AssessmentData(
                s.Declaration, s.SubmittedAt, [.. s.Scores.OrderBy(x => x.CriterionId).Select(x => new ScoreData(Criterion(x.CriterionId), x.Score, x.NotApplicable, x.Reason))]))]);
    }

    private AttachmentData File(SubsidyApplication application, ApplicationAttachment attachment, List<ExportFile> files)
    {
        var kind = Attachments.FileKinds.ParseList(attachment.FileType, out _) is { Count: 1 } kinds ? kinds.Single() : (Attachments.FileKind?)null;
        var name = kind is { } known ? Attachments.FileKinds.DownloadName(attachment.OriginalName, known) : "bijlage";
        using (var stored = store.OpenRead(attachment.StoredName))
        {
            if (stored is null)
            {
                return new AttachmentData(attachment.OriginalName, attachment.FileType, attachment.Size, attachment.Sha256, attachment.AddedAt, null);
            }
        }

        var path = string.Create(CultureInfo.InvariantCulture, $"bijlagen/{application.Reference}/{attachment.Id}-{name}");
        files.Add(new ExportFile(path, attachment.StoredName));
        return new AttachmentData(attachment.OriginalName, attachment.FileType, attachment.Size, attachment.Sha256, attachment.AddedAt, path);
    }

    private static decimal Money(long cents) => Domain.Common.Money.FromCents(cents).Euros;
}
