using System.Globalization;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>
/// The mails about the money after a grant: the settlement (a decision: the amount, what remains to be paid or to be
/// paid back, and the objection clause, Awb 3:45), the receipt of the final report, and the reminders about it. Like
/// the decision mails they never contain the secret link (only its hash is stored) and point to the link in the
/// receipt of the application. A mail that cannot be sent is logged and reported, never thrown: the step stays recorded.
/// </summary>
public sealed class MoneyMails(WijkpeilDbContext db, ApplicantMailSender sender)
{
    /// <summary>The settlement of <paramref name="applicationId"/>, in Dutch; whether it was sent.</summary>
    public async Task<bool> SendSettlementAsync(int applicationId, CancellationToken ct)
    {
        var application = await SchemeAccess.ApplicationAsync(db, applicationId, tracked: false, ct);
        var scheme = application is null ? null : await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        if (application?.Settled is not { } settled || application.Granted is not { } granted || application.SettledAt is not { } at || scheme is null)
        {
            return false;
        }

        var nl = MoneyText.Dutch;
        var (remainder, reclaim) = application.Balance();
        var balance = !reclaim.IsZero ? T("Mail.Settlement.Reclaim", Euro(application.Paid - application.Reclaimed), Euro(reclaim))
            : !remainder.IsZero ? T("Mail.Settlement.Remainder", Euro(application.Paid - application.Reclaimed), Euro(remainder))
            : T("Mail.Settlement.Square");
        List<string> paragraphs =
        [
            T("Mail.Intro", application.Applicant.ContactName),
            T("Mail.Settlement.Body", application.Title, application.Reference, scheme.Name, Euro(settled), Euro(granted)),
        ];
        if (settled < granted)
        {
            paragraphs.Add(T("Mail.Settlement.Lower", T("Reason." + application.SettlementReason), application.SettlementExplanation));
        }

        paragraphs.AddRange(
        [
            balance,
            T("Mail.Settlement.Objection", ObjectionTerm.EndsOn(SubsidyTime.DayOf(at)).ToString("d MMMM yyyy", nl)),
            scheme.ObjectionClause,
            T("Mail.Link"),
        ]);
        return await sender.TrySendAsync(application.Applicant.Email, new ApplicantMail(T("Mail.Settlement.Subject", application.Reference), paragraphs, nl), ct);
    }

    /// <summary>The receipt of the final report, in the language of the page it was sent from.</summary>
    public Task<bool> SendReportReceiptAsync(SubsidyApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.GetCultureInfo("en-GB") : MoneyText.Dutch;
        var received = SubsidyTime.LocalOf(application.ReportSubmittedAt!.Value);
        string[] paragraphs =
        [
            MoneyText.Get(culture, "Mail.Intro", application.Applicant.ContactName),
            MoneyText.Get(culture, "Mail.Report.Body", application.Reference, application.Title, received.ToString("d MMMM yyyy", culture), received.ToString("HH:mm", culture)),
            MoneyText.Get(culture, "Mail.Report.Costs", MoneyText.Euro(culture, Domain.Common.Money.FromCents(application.ActualCostsCents ?? 0))),
            MoneyText.Get(culture, "Mail.Report.Next"),
        ];
        return sender.TrySendAsync(application.Applicant.Email, new ApplicantMail(MoneyText.Get(culture, "Mail.Report.Subject", application.Reference), paragraphs, culture), ct);
    }

    /// <summary>A reminder that the final report is due on <see cref="SubsidyApplication.ReportDueOn"/> (or overdue), in Dutch.</summary>
    public Task<bool> SendReportReminderAsync(SubsidyApplication application, string schemeName, bool overdue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        var due = application.ReportDueOn!.Value.ToString("d MMMM yyyy", MoneyText.Dutch);
        string[] paragraphs =
        [
            T("Mail.Intro", application.Applicant.ContactName),
            T(overdue ? "Mail.Overdue.Body" : "Mail.Reminder.Body", application.Reference, application.Title, schemeName, due),
            T("Mail.Reminder.What"),
            T("Mail.Link"),
        ];
        return sender.TrySendAsync(application.Applicant.Email, new ApplicantMail(T(overdue ? "Mail.Overdue.Subject" : "Mail.Reminder.Subject", application.Reference), paragraphs, MoneyText.Dutch), ct);
    }

    private static string T(string key, params object?[] arguments) => MoneyText.Get(MoneyText.Dutch, key, arguments);

    private static string Euro(Domain.Common.Money amount) => MoneyText.Euro(MoneyText.Dutch, amount);
}
