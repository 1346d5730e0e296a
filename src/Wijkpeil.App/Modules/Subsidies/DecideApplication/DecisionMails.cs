using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Mail;
using Wijkpeil.App.Modules.Subsidies.Letters;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DecideApplication;

/// <summary>What became of a mail to the applicant after a recorded decision or completion request.</summary>
public enum ApplicantMailResult
{
    Sent,

    /// <summary>Sent with the DOCX only: no PDF could be made (Chromium missing or stopped).</summary>
    SentWithoutPdf,

    Failed,
}

/// <summary>
/// The mails an officer's action sends the applicant: the beschikking (PDF and DOCX attached) after a decision, and
/// the request for completion with its term. Written in Dutch (the applicant's language is not stored; see
/// <see cref="DecisionLetters"/>). They never contain the secret link: only its hash is stored, so they point to the
/// link in the receipt mail. A failure is logged and returned, never thrown: the decision stays recorded.
/// </summary>
public sealed partial class DecisionMails(DecisionLetters letters, IMailSender sender, ILogger<DecisionMails> log)
{
    private static readonly CultureInfo Dutch = DecisionLetterText.Dutch.Culture;

    public async Task<ApplicantMailResult> SendDecisionAsync(int applicationId, CancellationToken ct)
    {
        var (application, scheme) = await letters.DecidedAsync(applicationId, ct);
        if (application is null || scheme is null)
        {
            return ApplicantMailResult.Failed;
        }

        var letter = await letters.ComposeAsync(application, scheme, LetterLanguage.Dutch, ct);
        var pdf = await letters.PdfAsync(letter, ct);
        List<MailAttachment> files = [new MailAttachment(letter.FileName("docx"), DecisionLetterDocx.ContentType, DecisionLetters.Docx(letter))];
        if (pdf is not null)
        {
            files.Insert(0, new MailAttachment(letter.FileName("pdf"), "application/pdf", pdf));
        }

        var sent = await TrySendAsync(
            application.Applicant.Email,
            T("Mail.Decision.Subject", application.Reference),
            [
                T("Mail.Decision.Intro", application.Applicant.ContactName),
                pdf is null ? T("Mail.Decision.NoPdf") : T("Mail.Decision.Body", application.Reference, application.Title, scheme.Name),
                T("Mail.Decision.Objection", letter.ObjectionDeadline.ToString("d MMMM yyyy", Dutch)),
                T("Mail.Decision.Link"),
                letter.Signatory.Function,
            ],
            files,
            ct);
        return !sent ? ApplicantMailResult.Failed : pdf is null ? ApplicantMailResult.SentWithoutPdf : ApplicantMailResult.Sent;
    }

    /// <summary>The open request for completion of <paramref name="application"/>: its text and the term (Awb 4:5).</summary>
    public async Task<ApplicantMailResult> SendCompletionRequestAsync(SubsidyApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        var request = application.CompletionRequests.Where(c => c.CompletedOn is null).OrderByDescending(c => c.RequestedOn).FirstOrDefault();
        if (request is null)
        {
            return ApplicantMailResult.Failed;
        }

        var sent = await TrySendAsync(
            application.Applicant.Email,
            T("Mail.Completion.Subject", application.Reference),
            [
                T("Mail.Decision.Intro", application.Applicant.ContactName),
                T("Mail.Completion.Body", application.Reference, application.Title),
                request.Message,
                T("Mail.Completion.Term", request.TermEndsOn.ToString("d MMMM yyyy", Dutch)),
                T("Mail.Completion.Link"),
            ],
            [],
            ct);
        return sent ? ApplicantMailResult.Sent : ApplicantMailResult.Failed;
    }

    private static string T(string key, params object?[] arguments) => DecisionLettersText.Get(Dutch, key, arguments);

    private async Task<bool> TrySendAsync(string to, string subject, IReadOnlyList<string> paragraphs, IReadOnlyList<MailAttachment> files, CancellationToken ct)
    {
        var plain = string.Join("\n\n", paragraphs) + "\n\n-- \nWijkpeil\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body>
            {string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>\n", StringComparison.Ordinal)}</p>\n"))}<p>Wijkpeil</p>
            </body></html>
            """;
        try
        {
            await sender.SendAsync(new OutgoingMail(to, subject, plain, html, files), ct);
            return true;
        }
        catch (Exception exception) when (MailFailures.IsDelivery(exception))
        {
            MailFailed(log, subject, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The applicant's mail '{Subject}' could not be sent")]
    private static partial void MailFailed(ILogger logger, string subject, Exception exception);
}
