using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Modules.Subsidies.AfterGrant;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.RemindReports;

/// <summary>
/// Once a day: reminds recipients of a granted subsidy whose final report (aanvraag tot vaststelling, Awb 4:44) has not
/// arrived — once when the due day is <see cref="DaysSetting"/> days away or nearer, and once when it has passed. Each
/// reason is mailed once: the day of the last reminder (<see cref="SubsidyApplication.ReportReminderSentOn"/>) on or
/// before the due day means the early one went, after it the overdue one. A mail that fails is not noted, so the next
/// run tries again. Nothing is sent after the report arrived, after settlement, or for an anonymised application.
/// </summary>
public sealed class RemindReportsTask(WijkpeilDbContext db, MoneyMails mails, SubsidyTime time, IConfiguration configuration) : IDailyTask
{
    /// <summary>How many days before the due day the first reminder goes (default 14; 0 sends it on the due day).</summary>
    public const string DaysSetting = "Subsidies:ReportReminderDays";

    public const int DefaultDays = 14;

    public string Name => "subsidies-report-reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var days = Math.Max(0, configuration.GetValue(DaysSetting, DefaultDays));
        var today = time.Today;
        var horizon = today.AddDays(days);
        var due = await db.SubsidyApplications
            .Where(a => a.Status == ApplicationStatus.Granted && a.ReportSubmittedAt == null && a.AnonymisedAt == null
                && a.ReportDueOn != null && a.ReportDueOn <= horizon)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var schemeIds = due.Select(a => a.SchemeId).Distinct().ToList();
        var schemes = await db.SubsidySchemes.AsNoTracking().Where(s => schemeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        var sent = 0;
        foreach (var application in due)
        {
            var dueOn = application.ReportDueOn!.Value;
            var overdue = today > dueOn;
            var last = application.ReportReminderSentOn;
            var alreadySent = overdue ? last > dueOn : last is not null;
            if (alreadySent || !await mails.SendReportReminderAsync(application, schemes.GetValueOrDefault(application.SchemeId, string.Empty), overdue, cancellationToken))
            {
                continue;
            }

            // Noted and saved per mail: a run stopped halfway never mails the same reminder twice.
            application.NoteReportReminder(today);
            sent++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Settled or changed by an officer meanwhile: that reminder was the last one anyway.
                db.Entry(application).State = EntityState.Detached;
            }
        }

        return sent;
    }
}
