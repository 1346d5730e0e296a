using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Mail;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>
/// A mail to an applicant before it is sent: subject and paragraphs in <paramref name="Culture"/>; a link (their
/// secret page) goes right after the first paragraph; files (a beschikking) go along as attachments.
/// </summary>
public sealed record ApplicantMail(string Subject, IReadOnlyList<string> Paragraphs, CultureInfo Culture)
{
    /// <summary>The address of the applicant's page and the words the HTML part shows for it; none when null.</summary>
    public (Uri Address, string Text)? Link { get; init; }

    public IReadOnlyList<MailAttachment> Files { get; init; } = [];
}

/// <summary>
/// Sends every mail of the subsidy module to an applicant the same way: plain text and HTML, every value HTML-encoded,
/// line breaks kept. A mail that cannot be delivered is logged and reported (false), never thrown: the step that
/// caused it stays recorded and the page tells the officer or the applicant.
/// </summary>
public sealed partial class ApplicantMailSender(IMailSender sender, ILogger<ApplicantMailSender> log)
{
    public async Task<bool> TrySendAsync(string to, ApplicantMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        List<string> plain = [.. mail.Paragraphs];
        List<string> html = [.. mail.Paragraphs.Select(p => WebUtility.HtmlEncode(p).Replace("\n", "<br>\n", StringComparison.Ordinal))];
        if (mail.Link is { } link && plain.Count > 0)
        {
            plain.Insert(1, link.Address.AbsoluteUri);
            html.Insert(1, $"<a href=\"{WebUtility.HtmlEncode(link.Address.AbsoluteUri)}\">{WebUtility.HtmlEncode(link.Text)}</a>");
        }

        var text = string.Join("\n\n", plain) + "\n\n-- \nWijkpeil\n";
        var body = $"""
            <!DOCTYPE html>
            <html lang="{mail.Culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(mail.Subject)}</title></head>
            <body>
            {string.Concat(html.Select(p => $"<p>{p}</p>\n"))}<p>Wijkpeil</p>
            </body></html>
            """;
        try
        {
            await sender.SendAsync(new OutgoingMail(to, mail.Subject, text, body, mail.Files), ct);
            return true;
        }
        catch (Exception exception) when (MailFailures.IsDelivery(exception))
        {
            MailFailed(log, mail.Subject, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The applicant's mail '{Subject}' could not be sent")]
    private static partial void MailFailed(ILogger logger, string subject, Exception exception);
}
