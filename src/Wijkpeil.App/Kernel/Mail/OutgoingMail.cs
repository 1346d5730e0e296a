namespace Wijkpeil.App.Kernel.Mail;

/// <summary>One mail to one recipient, written by the module that sends it, in the recipient's language.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The same content as HTML (every value in it already encoded).</param>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html);

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
