using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Mail;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Mails;

/// <summary>What a confirmation mail says: who, which event, where they stand, and their links.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="EventTitle">The event's title.</param>
/// <param name="StartsAt">The event's start.</param>
/// <param name="Status">Confirmed or waiting.</param>
/// <param name="Position">Their place in line when waiting (1 is first).</param>
/// <param name="Link">Their personal page (the secret link).</param>
/// <param name="Calendar">The event's .ics file.</param>
public sealed record Confirmation(string Name, string EventTitle, DateTimeOffset StartsAt, RegistrationStatus Status, int? Position, Uri Link, Uri Calendar);

/// <summary>A registration whose offer was made or lapsed, with what its mail needs (read before the transaction ended).</summary>
/// <param name="Email">Where the mail goes.</param>
/// <param name="Name">The person's name.</param>
/// <param name="EventId">The event, for the link to its page.</param>
/// <param name="EventTitle">The event's title.</param>
/// <param name="StartsAt">The event's start.</param>
/// <param name="ExpiresAt">Until when an offer holds the place.</param>
public sealed record OfferNotice(string Email, string Name, int EventId, string EventTitle, DateTimeOffset StartsAt, DateTimeOffset? ExpiresAt)
{
    public static OfferNotice Of(CommunityEvent communityEvent, EventRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(communityEvent);
        ArgumentNullException.ThrowIfNull(registration);
        return new(registration.Email, registration.Name, communityEvent.Id, communityEvent.Title, communityEvent.StartsAt, registration.OfferExpiresAt);
    }
}

/// <summary>Someone registered (holding a place or waiting) for an event that was cancelled, with what the mail needs.</summary>
/// <param name="Email">Where the mail goes.</param>
/// <param name="Name">The person's name.</param>
/// <param name="EventId">The event, for the link to its page (which says it is cancelled).</param>
/// <param name="EventTitle">The event's title.</param>
/// <param name="StartsAt">When it would have started.</param>
public sealed record CancellationNotice(string Email, string Name, int EventId, string EventTitle, DateTimeOffset StartsAt);

/// <summary>
/// The mails a registrant gets: the confirmation (a place, or the waiting list with their position) with their personal
/// link and the calendar file, in the language of the page they used; and later, in Dutch, the offer of a freed place
/// with its expiry, the notice that an offer lapsed, and the notice that the event was cancelled. Offers never contain the personal link — only its hash is
/// stored — so they point to the link in the confirmation. Plain text and HTML, every value HTML-encoded; a mail that
/// cannot be delivered is logged and reported (false), never thrown: the registration stays stored.
/// </summary>
public sealed partial class RegistrantMails(IMailSender sender, ILogger<RegistrantMails> log)
{
    private static readonly CultureInfo Dutch = UiCulture.Dutch.Culture;

    public Task<bool> SendConfirmationAsync(string to, Confirmation confirmation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var culture = CultureInfo.CurrentUICulture;
        var start = Moment(confirmation.StartsAt, culture);
        var standing = confirmation.Status == RegistrationStatus.Waiting
            ? T(culture, "Mail.Confirm.Waiting", confirmation.Position ?? 0)
            : T(culture, "Mail.Confirm.Registered");
        var paragraphs = new[]
        {
            T(culture, "Mail.Hello", confirmation.Name),
            T(culture, "Mail.Confirm.Intro", confirmation.EventTitle, start) + " " + standing,
            T(culture, "Mail.Confirm.Link"),
            T(culture, "Mail.Confirm.Keep"),
        };
        var subject = T(culture, confirmation.Status == RegistrationStatus.Waiting ? "Mail.Confirm.SubjectWaiting" : "Mail.Confirm.Subject", confirmation.EventTitle);
        return TrySendAsync(to, subject, paragraphs, culture, [(confirmation.Link, T(culture, "Mail.Confirm.LinkText")), (confirmation.Calendar, T(culture, "Mail.CalendarText"))], ct);
    }

    /// <summary>The offer of a freed place and until when it holds; <paramref name="site"/> (when known) links the event's page.</summary>
    public Task<bool> SendOfferAsync(OfferNotice offer, Uri? site, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var paragraphs = new[]
        {
            T(Dutch, "Mail.Hello", offer.Name),
            T(Dutch, "Mail.Offer.Intro", offer.EventTitle, Moment(offer.StartsAt, Dutch)),
            T(Dutch, "Mail.Offer.Until", Moment(offer.ExpiresAt ?? offer.StartsAt, Dutch)),
            T(Dutch, "Mail.Offer.How"),
        };
        return TrySendAsync(offer.Email, T(Dutch, "Mail.Offer.Subject", offer.EventTitle), paragraphs, Dutch, EventLink(site, offer.EventId), ct);
    }

    /// <summary>The short notice that an offer lapsed and the place passed on.</summary>
    public Task<bool> SendLapsedAsync(OfferNotice lapsed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lapsed);
        var paragraphs = new[] { T(Dutch, "Mail.Hello", lapsed.Name), T(Dutch, "Mail.Lapsed.Body", lapsed.EventTitle) };
        return TrySendAsync(lapsed.Email, T(Dutch, "Mail.Lapsed.Subject", lapsed.EventTitle), paragraphs, Dutch, [], ct);
    }

    /// <summary>The notice that the event is cancelled, to everyone holding a place or waiting for one.</summary>
    public Task<bool> SendCancelledAsync(CancellationNotice cancelled, Uri? site, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        var paragraphs = new[]
        {
            T(Dutch, "Mail.Hello", cancelled.Name),
            T(Dutch, "Mail.Cancelled.Body", cancelled.EventTitle, Moment(cancelled.StartsAt, Dutch)),
            T(Dutch, "Mail.Cancelled.Nothing"),
        };
        return TrySendAsync(cancelled.Email, T(Dutch, "Mail.Cancelled.Subject", cancelled.EventTitle), paragraphs, Dutch, EventLink(site, cancelled.EventId), ct);
    }

    private static (Uri, string)[] EventLink(Uri? site, int eventId) =>
        site is null ? [] : [(EventLinks.Absolute(site, EventLinks.Page(eventId)), T(Dutch, "Mail.EventText"))];

    private static string Moment(DateTimeOffset instant, CultureInfo culture) =>
        EventTime.LocalOf(instant).ToString("dddd d MMMM yyyy, HH:mm", culture);

    private static string T(CultureInfo culture, string key, params object?[] arguments) => RegistrationText.Get(culture, key, arguments);

    private async Task<bool> TrySendAsync(string to, string subject, IReadOnlyList<string> paragraphs, CultureInfo culture, IReadOnlyList<(Uri Address, string Text)> links, CancellationToken ct)
    {
        var plain = paragraphs.Concat(links.Select(l => $"{l.Text}: {l.Address.AbsoluteUri}"));
        var html = paragraphs.Select(WebUtility.HtmlEncode)
            .Concat(links.Select(l => $"<a href=\"{WebUtility.HtmlEncode(l.Address.AbsoluteUri)}\">{WebUtility.HtmlEncode(l.Text)}</a>"));
        var text = string.Join("\n\n", plain) + "\n\n-- \nWijkpeil\n";
        var body = $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body>
            {string.Concat(html.Select(p => $"<p>{p}</p>\n"))}<p>Wijkpeil</p>
            </body></html>
            """;
        try
        {
            await sender.SendAsync(new OutgoingMail(to, subject, text, body), ct);
            return true;
        }
        catch (Exception exception) when (MailFailures.IsDelivery(exception))
        {
            MailFailed(log, subject, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The registrant's mail '{Subject}' could not be sent")]
    private static partial void MailFailed(ILogger logger, string subject, Exception exception);
}
