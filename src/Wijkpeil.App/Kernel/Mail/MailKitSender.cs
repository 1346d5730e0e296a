using MailKit.Net.Smtp;
using MimeKit;

namespace Wijkpeil.App.Kernel.Mail;

/// <summary>
/// Sends <see cref="OutgoingMail"/> as a multipart/alternative message (plain text and HTML), inside a multipart/mixed
/// one with the attachments when it has any, with MailKit: over SMTP
/// when a host is configured, else as an <c>.eml</c> file in the pickup folder. One connection per mail: the account
/// pages send one mail per action, too few to keep a connection open for.
/// </summary>
public sealed class MailKitSender(MailOptions options, TimeProvider time) : IMailSender
{
    public MailDelivery Delivery { get; } = new(options.SmtpHost, options.PickupFolder!);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = Compose(mail);
        if (options.SmtpHost is { } host)
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(host, options.Port, options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(options.SmtpUser))
            {
                await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return;
        }

        Directory.CreateDirectory(Delivery.PickupFolder);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Delivery.PickupFolder, name), cancellationToken);
    }

    private MimeMessage Compose(OutgoingMail mail)
    {
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        foreach (var attachment in mail.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = time.GetUtcNow(),
            Body = body.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(options.From) ? MailOptions.DefaultFrom : options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }
}
