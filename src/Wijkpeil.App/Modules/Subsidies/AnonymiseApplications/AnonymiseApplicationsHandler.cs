using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;

/// <summary>An application whose retention has passed: anonymised by a run, or listed by a dry run.</summary>
public sealed record DueApplication(int Id, string Reference, ApplicationStatus Status, DateOnly DueOn);

/// <summary>
/// Anonymises every application whose retention has passed (<see cref="RetentionRule"/>, AVG art. 5 lid 1 e): the
/// domain removes the applicant's personal data and the final report's text and keeps the money, the title and the
/// description; this deletes the stored files and audits each anonymisation. An application is saved before its files
/// are deleted, so a failure in between leaves at worst a file nobody refers to, never a reference to a missing file.
/// Anonymised applications are never due again: a second run does nothing.
/// </summary>
public sealed partial class AnonymiseApplicationsHandler(
    WijkpeilDbContext db, IAttachmentStore store, IAuditLog audit, SubsidyTime time, RetentionOptions retention, ILogger<AnonymiseApplicationsHandler> logger)
{
    private static readonly ApplicationStatus[] Ended =
        [ApplicationStatus.Draft, ApplicationStatus.Refused, ApplicationStatus.NotConsidered, ApplicationStatus.Withdrawn, ApplicationStatus.Settled];

    /// <summary>The applications due today, oldest due first; changes nothing.</summary>
    public async Task<IReadOnlyList<DueApplication>> DueAsync(CancellationToken ct)
    {
        var today = time.Today;
        var candidates = await db.SubsidyApplications.AsNoTracking()
            .Where(a => a.AnonymisedAt == null && Ended.Contains(a.Status))
            .Include(a => a.Attachments).Include(a => a.Objections).Include(a => a.CompletionRequests)
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. candidates
            .Select(a => (Application: a, DueOn: RetentionRule.AnonymiseOn(a, retention.Years)))
            .Where(x => x.DueOn is { } due && due <= today)
            .Select(x => new DueApplication(x.Application.Id, x.Application.Reference, x.Application.Status, x.DueOn!.Value))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Id)];
    }

    /// <summary>Anonymises the applications due today; returns them.</summary>
    public async Task<IReadOnlyList<DueApplication>> AnonymiseAsync(CancellationToken ct)
    {
        var done = new List<DueApplication>();
        foreach (var due in await DueAsync(ct))
        {
            db.ChangeTracker.Clear();
            var application = await SchemeAccess.ApplicationAsync(db, due.Id, tracked: true, ct);
            if (application is null || application.AnonymisedAt is not null)
            {
                continue; // another process was first
            }

            var files = application.Anonymise(time.Now);
            audit.Record(
                AuditAction.Updated,
                AuditEntityTypes.SubsidyApplication,
                application.Id.ToString(CultureInfo.InvariantCulture),
                application.Reference,
                new { PersonalData = true, Attachments = files.Count },
                new { PersonalData = false, Attachments = 0, application.AnonymisedAt, RetentionEndedOn = due.DueOn });
            await db.SaveChangesAsync(ct);
            foreach (var file in files)
            {
                if (!await store.DeleteAsync(file, ct))
                {
                    LogFileMissing(logger, due.Reference);
                }
            }

            LogAnonymised(logger, due.Reference, files.Count);
            done.Add(due);
        }

        db.ChangeTracker.Clear();
        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Anonymised subsidy application {Reference} after its retention period; {Files} file(s) deleted.")]
    private static partial void LogAnonymised(ILogger logger, string reference, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A stored file of subsidy application {Reference} was already gone when it was anonymised.")]
    private static partial void LogFileMissing(ILogger logger, string reference);
}
