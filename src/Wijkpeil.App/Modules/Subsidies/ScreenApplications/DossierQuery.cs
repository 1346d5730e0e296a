using System.Globalization;
using System.Security.Claims;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ScreenApplications;

/// <summary>An application's dossier for its officers: the whole application, its scheme and its clock today.</summary>
public sealed record Dossier(SubsidyApplication Application, SubsidyScheme Scheme, AwbDeadline? Clock, DateOnly Today);

/// <summary>
/// Opens a dossier for an officer of its scheme, and writes the view of the applicant's personal data to the audit
/// trail (who, when, which application: AVG accountability). Null for anyone else, and nothing is written then.
/// </summary>
public sealed class DossierQuery(WijkpeilDbContext db, IAuditLog audit, SubsidyTime time)
{
    public async Task<Dossier?> OpenAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await SchemeAccess.ApplicationAsync(db, id, tracked: false, ct);
        var scheme = application is null ? null : await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        if (application is null || scheme is null || !SchemeAccess.MayRun(user, scheme) || application.Status == ApplicationStatus.Draft)
        {
            return null;
        }

        audit.Record(AuditAction.Viewed, AuditEntityTypes.SubsidyPersonalData, id.ToString(CultureInfo.InvariantCulture), application.Reference, null, null);
        await db.SaveChangesAsync(ct);
        return new Dossier(application, scheme, application.Clock(scheme, time.Today), time.Today);
    }
}
