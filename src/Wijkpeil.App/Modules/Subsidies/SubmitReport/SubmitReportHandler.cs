using System.Globalization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.AfterGrant;
using Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.SubmitReport;

/// <summary>
/// The applicant's final report (aanvraag tot vaststelling, Awb 4:44) through their secret link, without an account:
/// what was done and what it actually cost. Only once the subsidy is granted and before it is settled, and once. The
/// link is the credential: another application's link reaches only that other application.
/// </summary>
public sealed class SubmitReportHandler(WijkpeilDbContext db, IAuditLog audit, SubsidyTime time, ApplicantLink links)
{
    public async Task<Outcome<SubsidyApplication>> SubmitAsync(string token, string? text, Money actualCosts, CancellationToken ct)
    {
        var (application, _) = await links.FindTrackedAsync(token, ct);
        if (application is null)
        {
            return Problem.NotFound("subsidy.application.link_unknown");
        }

        var before = ApplicationSnapshot.Of(application);
        var problem = MoneyChange.Step(application.SubmitReport(text, actualCosts, time.Now));
        if (problem is not null)
        {
            db.ChangeTracker.Clear();
            return problem;
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyApplication, application.Id.ToString(CultureInfo.InvariantCulture), application.Reference, before, ApplicationSnapshot.Of(application));
        await db.SaveChangesAsync(ct);
        return application;
    }
}
