namespace Wijkpeil.App.Kernel.Mail;

/// <summary>One mail to one recipient, written by the module that sends it, in the recipient's language.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The same content as HTML (every value in it already encoded).</param>
/// <param name="Attachments">Files sent with the mail (a decision letter as PDF and DOCX); none when null or empty.</param>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html, IReadOnlyList<MailAttachment>? Attachments = null);

/// <summary>A file attached to an <see cref="OutgoingMail"/>.</summary>
/// <remarks>The name is what the recipient's mail program shows and saves under, so it may not name a folder.</remarks>
public sealed record MailAttachment
{
    public MailAttachment(string fileName, string contentType, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Any(char.IsControl) || fileName.Trim() is "." or "..")
        {
            throw new ArgumentException($"'{fileName}' is not a file name: it may not contain a folder or control characters.", nameof(fileName));
        }

        if (!MimeKit.ContentType.TryParse(contentType, out _))
        {
            throw new ArgumentException($"'{contentType}' is not a MIME type such as application/pdf.", nameof(contentType));
        }

        FileName = fileName.Trim();
        ContentType = contentType.Trim();
        Content = content;
    }

    /// <summary>The name the file is shown and saved under, e.g. <c>beschikking-SK-2026-0001.pdf</c>.</summary>
    public string FileName { get; }

    /// <summary>The MIME type, e.g. <c>application/pdf</c>.</summary>
    public string ContentType { get; }

    /// <summary>The file's bytes, sent base64-encoded.</summary>
    public byte[] Content { get; }
}

/// <summary>Sends mail: over SMTP when <c>Mail:SmtpHost</c> is set, else as <c>.eml</c> files in the pickup folder.</summary>
public interface IMailSender
{
    /// <summary>How mail leaves this installation, for the pages that send it to say so.</summary>
    MailDelivery Delivery { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>Where mail goes: an SMTP server (<see cref="SmtpHost"/>) or a folder of <c>.eml</c> files (<see cref="PickupFolder"/>).</summary>
public sealed record MailDelivery(string? SmtpHost, string PickupFolder)
{
    public bool UsesSmtp => SmtpHost is not null;
}

/// <summary>The failures of sending a mail that a sender reports to its page instead of failing the request.</summary>
public static class MailFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> is mail not getting through (the server refused or was unreachable, the
    /// pickup folder could not be written), as opposed to a bug.
    /// </summary>
    public static bool IsDelivery(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or MailKit.ProtocolException or MailKit.CommandException
            or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException;
}
