using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Modules.Subsidies.Schemes;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// The mails an applicant gets, in the language of the page they used: the link to their draft, and the receipt of a
/// filed application with its date and time (Awb 4:3a) and the day the decision is due (Awb 4:13). Plain text and HTML;
/// every value HTML-encoded. A mail that cannot be sent is logged and reported to the page, which then shows the link.
/// </summary>
public sealed class ApplicantMails(ApplicantMailSender sender, IStringLocalizer<ApplyText> text)
{
    /// <summary>One mail's content before it is addressed: subject and paragraphs, the link after the first.</summary>
    private sealed record Letter(string Subject, IReadOnlyList<string> Paragraphs, Uri Link);

    public Task<bool> SendDraftLinkAsync(string to, string reference, string scheme, Uri link, CancellationToken ct) =>
        TrySendAsync(to, new Letter(
            text["Mail.Draft.Subject", reference],
            [text["Mail.Draft.Intro", scheme, reference], text["Mail.Draft.Keep"]],
            link), ct);

    /// <summary>The receipt (ontvangstbevestiging): when it was received, by when the decision is due, and the link.</summary>
    public Task<bool> SendReceiptAsync(string to, string reference, string scheme, DateTime receivedLocal, DateOnly decisionDue, int termWeeks, Uri link, CancellationToken ct) =>
        TrySendAsync(to, new Letter(
            text["Mail.Receipt.Subject", reference],
            [
                text["Mail.Receipt.Intro", scheme, reference, receivedLocal.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), receivedLocal.ToString("HH:mm", CultureInfo.CurrentCulture)],
                text["Mail.Receipt.Term", decisionDue.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), termWeeks],
                text["Mail.Receipt.Keep"],
            ],
            link), ct);

    /// <summary>The confirmation that a requested completion arrived and the clock runs again.</summary>
    public Task<bool> SendCompletionReceivedAsync(string to, string reference, DateTime receivedLocal, Uri link, CancellationToken ct) =>
        TrySendAsync(to, new Letter(
            text["Mail.Completed.Subject", reference],
            [text["Mail.Completed.Intro", reference, receivedLocal.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), receivedLocal.ToString("HH:mm", CultureInfo.CurrentCulture)]],
            link), ct);

    private Task<bool> TrySendAsync(string to, Letter letter, CancellationToken ct) =>
        sender.TrySendAsync(to, new ApplicantMail(letter.Subject, letter.Paragraphs, CultureInfo.CurrentUICulture) { Link = (letter.Link, text["Mail.Link"]) }, ct);
}
