using System.Globalization;
using Wijkpeil.App.Kernel.Mail;
using Wijkpeil.App.Modules.Subsidies.Letters;
using Wijkpeil.App.Modules.Subsidies.Schemes;
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
public sealed class DecisionMails(DecisionLetters letters, ApplicantMailSender sender)
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

        string[] paragraphs =
        [
            T("Mail.Decision.Intro", application.Applicant.ContactName),
            pdf is null ? T("Mail.Decision.NoPdf") : T("Mail.Decision.Body", application.Reference, application.Title, scheme.Name),
            T("Mail.Decision.Objection", letter.ObjectionDeadline.ToString("d MMMM yyyy", Dutch)),
            T("Mail.Decision.Link"),
            letter.Signatory.Function,
        ];
        var mail = new ApplicantMail(T("Mail.Decision.Subject", application.Reference), paragraphs, Dutch) { Files = files };
        var sent = await sender.TrySendAsync(application.Applicant.Email, mail, ct);
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

        string[] paragraphs =
        [
            T("Mail.Decision.Intro", application.Applicant.ContactName),
            T("Mail.Completion.Body", application.Reference, application.Title),
            request.Message,
            T("Mail.Completion.Term", request.TermEndsOn.ToString("d MMMM yyyy", Dutch)),
            T("Mail.Completion.Link"),
        ];
        var sent = await sender.TrySendAsync(application.Applicant.Email, new ApplicantMail(T("Mail.Completion.Subject", application.Reference), paragraphs, Dutch), ct);
        return sent ? ApplicantMailResult.Sent : ApplicantMailResult.Failed;
    }

    private static string T(string key, params object?[] arguments) => DecisionLettersText.Get(Dutch, key, arguments);
}
