using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Mail;

namespace Wijkpeil.App.Modules.Accounts.Links;

/// <summary>
/// Writes and sends the mails with single-use links, in the language of the page the action was taken on
/// (Dutch, English when the page was English), as plain text and HTML with the link's absolute address.
/// </summary>
public sealed partial class AccountMails(IMailSender sender, IStringLocalizer<AccountMailText> text, ILogger<AccountMails> log)
{
    /// <summary>The page that takes a link's token.</summary>
    public const string SetPasswordPath = "/wachtwoord-instellen";

    public MailDelivery Delivery => sender.Delivery;

    /// <summary>The absolute address of the link: <paramref name="publicBase"/> (the site's public address) and the token.</summary>
    public static Uri LinkAddress(Uri publicBase, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        return new Uri(new Uri(publicBase.AbsoluteUri.TrimEnd('/') + "/"), SetPasswordPath.TrimStart('/') + "?token=" + Uri.EscapeDataString(token));
    }

    /// <summary>
    /// Sends the link's mail; false when the server or the pickup folder refused it (logged). The link stays valid:
    /// the account page says the mail failed, and its holder can ask for a new link once mail works.
    /// </summary>
    public async Task<bool> TrySendAsync(IssuedLink link, Uri publicBase, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(link, publicBase, cancellationToken);
            return true;
        }
        catch (Exception exception) when (MailFailures.IsDelivery(exception))
        {
            MailFailed(log, link.Purpose, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Purpose} mail could not be sent")]
    private static partial void MailFailed(ILogger logger, AccountLinkPurpose purpose, Exception exception);

    private Task SendAsync(IssuedLink link, Uri publicBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var kind = link.Purpose == AccountLinkPurpose.Invitation ? "Invitation" : "Reset";
        var address = LinkAddress(publicBase, link.Token).AbsoluteUri;
        var expires = link.ExpiresAt.ToOffset(AmsterdamOffset(link.ExpiresAt)).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);
        var subject = text[kind + ".Subject"].Value;
        var intro = string.Format(CultureInfo.CurrentCulture, text[kind + ".Intro"], link.Email);
        var validity = string.Format(CultureInfo.CurrentCulture, text[kind + ".Validity"], expires);
        var ignore = text[kind + ".Ignore"].Value;
        var plain = $"{intro}\n\n{address}\n\n{validity}\n{ignore}\n\n-- \nWijkpeil\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body>
            <p>{WebUtility.HtmlEncode(intro)}</p>
            <p><a href="{WebUtility.HtmlEncode(address)}">{WebUtility.HtmlEncode(text["Link"])}</a></p>
            <p>{WebUtility.HtmlEncode(validity)}<br>{WebUtility.HtmlEncode(ignore)}</p>
            <p>Wijkpeil</p>
            </body></html>
            """;
        return sender.SendAsync(new OutgoingMail(link.Email, subject, plain, html), cancellationToken);
    }

    // Times in mails are Dutch wall-clock time: the recipients work in the Netherlands.
    private static TimeSpan AmsterdamOffset(DateTimeOffset at) =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone.GetUtcOffset(at) : TimeSpan.Zero;
}

/// <summary>Marker for the mail texts (<c>AccountMailText.resx</c>, Dutch; <c>AccountMailText.en.resx</c>, English).</summary>
public sealed class AccountMailText;
