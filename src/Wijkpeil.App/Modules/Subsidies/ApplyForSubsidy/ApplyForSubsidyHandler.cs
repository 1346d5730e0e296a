using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// The applicant's use cases, without an account: start an application (as a draft, or filed at once), change a draft
/// and file it, add files when a completion is asked and say it is complete. The applicant is whoever holds the link's
/// secret (<see cref="ApplicantLink"/>). Every refusal stores nothing: the files of a refused form are deleted again.
/// </summary>
public sealed class ApplyForSubsidyHandler(WijkpeilDbContext db, IAuditLog audit, SubsidyTime time, SchemeAreas areas, ApplicantLink links, ApplicantFiles files)
{
    /// <summary>The prefix of an applicant's secret: recognisable if it leaks ("wijkpeil subsidie").</summary>
    public const string TokenPrefix = "wps_";

    /// <summary>Starts an application under the open scheme <paramref name="slug"/>; filed at once when <paramref name="submit"/>.</summary>
    public async Task<Outcome<ApplicationSaved>> StartAsync(string slug, ApplicationForm form, IReadOnlyList<UploadedFile> uploads, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var scheme = await PublishedSchemeAsync(slug, ct);
        if (scheme is null)
        {
            return Problem.NotFound("subsidy.scheme.not_found", slug);
        }

        var areaProblem = await AreaProblemAsync(scheme, form, ct);
        var token = SecretToken.New(TokenPrefix);
        var (now, today) = (time.Now, time.Today);
        var started = SubsidyApplication.Start(scheme, form, SecretToken.Hash(token), now, today);
        if (!started.IsSuccess || areaProblem is not null)
        {
            return Outcome<ApplicationSaved>.Failure(new[] { areaProblem, started.IsSuccess ? null : Problem.From(started.Error!) }.OfType<Problem>());
        }

        var application = started.Value;
        var outcome = await AttachAndMaybeSubmitAsync(scheme, application, uploads, submit, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Cast<ApplicationSaved>();
        }

        db.Add(application);
        await db.SaveChangesAsync(ct);

        // The id exists only now; the audit entry names the application by it and its reference.
        audit.Record(AuditAction.Created, AuditEntityTypes.SubsidyApplication, Id(application), application.Reference, null, ApplicationSnapshot.Of(application));
        await db.SaveChangesAsync(ct);
        return new ApplicationSaved(application.Id, application.Reference, token, application.SubmittedAt is not null, application.SubmittedAt, application.Clock(scheme, time.Today)?.Deadline);
    }

    /// <summary>Changes the draft behind <paramref name="token"/> (and files it when <paramref name="submit"/>).</summary>
    public async Task<Outcome<ApplicationSaved>> ChangeDraftAsync(string token, ApplicationForm form, IReadOnlyList<UploadedFile> uploads, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (application, scheme) = await links.FindTrackedAsync(token, ct);
        if (application is null || scheme is null)
        {
            return Problem.NotFound("subsidy.application.link_unknown");
        }

        var before = ApplicationSnapshot.Of(application);
        var areaProblem = await AreaProblemAsync(scheme, form, ct);
        var edited = application.Edit(form);
        if (!edited.IsSuccess || areaProblem is not null)
        {
            db.ChangeTracker.Clear();
            return Outcome<ApplicationSaved>.Failure(new[] { areaProblem, edited.IsSuccess ? null : Problem.From(edited.Error!) }.OfType<Problem>());
        }

        var outcome = await AttachAndMaybeSubmitAsync(scheme, application, uploads, submit, ct);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome.Cast<ApplicationSaved>();
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyApplication, Id(application), application.Reference, before, ApplicationSnapshot.Of(application));
        await db.SaveChangesAsync(ct);
        return new ApplicationSaved(application.Id, application.Reference, null, application.SubmittedAt is not null, application.SubmittedAt, application.Clock(scheme, time.Today)?.Deadline);
    }

    /// <summary>Removes a file from the draft behind <paramref name="token"/>, and the stored file itself.</summary>
    public async Task<Outcome<ApplicationSaved>> RemoveAttachmentAsync(string token, int attachmentId, CancellationToken ct)
    {
        var (application, _) = await links.FindTrackedAsync(token, ct);
        if (application is null)
        {
            return Problem.NotFound("subsidy.application.link_unknown");
        }

        var removed = application.RemoveAttachment(attachmentId);
        if (!removed.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return Problem.From(removed.Error!);
        }

        await db.SaveChangesAsync(ct);
        await files.ForgetAsync([removed.Value], ct);
        return new ApplicationSaved(application.Id, application.Reference, null, false, null);
    }

    /// <summary>
    /// The applicant answers a request for completion: adds the files (if any) and says the application is complete;
    /// the clock runs again from today (Awb 4:15).
    /// </summary>
    public async Task<Outcome<ApplicationSaved>> CompleteAsync(string token, IReadOnlyList<UploadedFile> uploads, CancellationToken ct)
    {
        var (application, scheme) = await links.FindTrackedAsync(token, ct);
        if (application is null || scheme is null)
        {
            return Problem.NotFound("subsidy.application.link_unknown");
        }

        var before = ApplicationSnapshot.Of(application);
        var (stored, problems) = await files.StoreAsync(scheme, uploads, time.Now, ct);
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Outcome<ApplicationSaved>.Failure(problems);
        }

        var added = stored.Select(application.AddAttachment).FirstOrDefault(r => !r.IsSuccess);
        var completed = added.Error is null ? application.Complete(time.Today, time.Now) : default;
        if (added.Error is not null || !completed.IsSuccess)
        {
            db.ChangeTracker.Clear();
            await files.ForgetAsync(stored.Select(s => s.StoredName), ct);
            return Problem.From(added.Error ?? completed.Error!);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyApplication, Id(application), application.Reference, before, ApplicationSnapshot.Of(application));
        await db.SaveChangesAsync(ct);
        return new ApplicationSaved(application.Id, application.Reference, null, true, application.SubmittedAt, application.Clock(scheme, time.Today)?.Deadline);
    }

    /// <summary>The published scheme at <paramref name="slug"/>, with what its form needs.</summary>
    public async Task<SubsidyScheme?> PublishedSchemeAsync(string slug, CancellationToken ct)
    {
        var id = await db.SubsidySchemes.Where(s => s.Slug == slug && s.PublishedAt != null).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
        return id is null ? null : await SchemeAccess.SchemeAsync(db, id.Value, tracked: false, ct);
    }

    private async Task<Outcome<bool>> AttachAndMaybeSubmitAsync(SubsidyScheme scheme, SubsidyApplication application, IReadOnlyList<UploadedFile> uploads, bool submit, CancellationToken ct)
    {
        var (stored, problems) = await files.StoreAsync(scheme, uploads, time.Now, ct);
        if (problems.Count > 0)
        {
            return Outcome<bool>.Failure(problems);
        }

        foreach (var attachment in stored)
        {
            var added = application.AddAttachment(attachment);
            if (!added.IsSuccess)
            {
                await files.ForgetAsync(stored.Select(s => s.StoredName), ct);
                return Problem.From(added.Error!);
            }
        }

        if (submit)
        {
            var refused = application.Submit(scheme, time.Now, time.Today);
            if (refused.Count > 0)
            {
                await files.ForgetAsync(stored.Select(s => s.StoredName), ct);
                return Outcome<bool>.Failure(SubsidyProblems.From(refused));
            }
        }

        return true;
    }

    private async Task<Problem?> AreaProblemAsync(SubsidyScheme scheme, ApplicationForm form, CancellationToken ct)
    {
        if (form.Area is not { } area)
        {
            return null;
        }

        var allowed = await areas.OfAsync(scheme, ct);
        return allowed.Any(a => a.Code == area) ? null : Problem.Invalid("area", "subsidy.application.area.outside", area.Value);
    }

    private static string Id(SubsidyApplication application) => application.Id.ToString(CultureInfo.InvariantCulture);
}
