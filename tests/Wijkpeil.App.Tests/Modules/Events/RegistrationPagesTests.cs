using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Events;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// Issue 14 point 2: someone registers on the event's public page without an account, gets a confirmation by mail with
/// a personal link that works, waits in line when the event is full, and gives their place to the first in line by
/// cancelling through that link; a refused value is shown at its field and stores nothing.
/// </summary>
public sealed class RegistrationPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Register_ThroughThePage_ConfirmationMailWithALinkThatShowsTheRegistration(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 2);

        var page = await EventHost.ReadAsync(await host.Browser().GetAsync(new Uri($"/bijeenkomsten/{eventId}", UriKind.Relative), Ct));
        var posted = await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");

        Assert.Contains("donderdag 15 april 2027, 14:00 – 16:00 uur", page, StringComparison.Ordinal);
        Assert.Contains("<strong>praktijkvoorbeelden</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Nog 2 plaats(en) vrij", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/bijeenkomsten/{eventId}/agenda.ics\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        var location = posted.Headers.Location!.PathAndQuery;
        Assert.Matches("^/bijeenkomsten/inschrijving/wpe_[A-Za-z0-9_-]{43}\\?nieuw=1$", location);
        var mail = Assert.Single(host.MailsTo("anna@example.nl"));
        Assert.Equal("Aanmelding: Themabijeenkomst eenzaamheid", mail.Subject);
        Assert.Contains("op donderdag 15 april 2027, 14:00. Er is een plaats voor u.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{EventHost.PublicUrl}/bijeenkomsten/{eventId}/agenda.ics", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(location.Split('?')[0], EventHost.LinkIn(mail));

        var mine = await EventHost.ReadAsync(await host.Browser().GetAsync(new Uri(EventHost.LinkIn(mail), UriKind.Relative), Ct));
        Assert.Contains("Aangemeld: u heeft een plaats", mine, StringComparison.Ordinal);
        var stored = Assert.Single(await host.RegistrationsAsync(eventId));
        Assert.Contains(stored.CheckInCode!, mine, StringComparison.Ordinal);
        Assert.Equal(1, await host.PlacesTakenAsync(eventId));
        var other = await host.Browser().GetAsync(new Uri(EventLinks.RegistrationPath + "wpe_" + new string('A', 43), UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Register_FullEvent_WaitingListWithPositionOnThePageAndInTheMail(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");

        var page = await EventHost.ReadAsync(await host.Browser().GetAsync(new Uri($"/bijeenkomsten/{eventId}", UriKind.Relative), Ct));
        var posted = await host.RegisterAsync(eventId, "Chris Jansen", "chris@example.nl");

        Assert.Contains("Vol: u komt op de wachtlijst", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        var mail = Assert.Single(host.MailsTo("chris@example.nl"));
        Assert.Equal("Wachtlijst: Themabijeenkomst eenzaamheid", mail.Subject);
        Assert.Contains("u staat op de wachtlijst, op plaats 2.", mail.TextBody, StringComparison.Ordinal);
        var mine = await EventHost.ReadAsync(await host.Browser().GetAsync(new Uri(EventHost.LinkIn(mail), UriKind.Relative), Ct));
        Assert.Contains("Op de wachtlijst, op plaats 2", mine, StringComparison.Ordinal);
        Assert.Equal(
            [RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Waiting],
            (await host.RegistrationsAsync(eventId)).Select(r => r.Status));
        Assert.Equal(1, await host.PlacesTakenAsync(eventId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Register_BadEmail_MessageAtTheFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);

        var posted = await host.RegisterAsync(eventId, "Anna de Boer", "anna-at-example");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        var page = await EventHost.ReadAsync(posted);
        Assert.Contains("<p class=\"utrecht-form-field-error-message\" id=\"aanmelding-email-fout\">'anna-at-example' is geen e-mailadres.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Anna de Boer\"", page, StringComparison.Ordinal);
        Assert.Empty(await host.RegistrationsAsync(eventId));
        Assert.Equal(0, await host.PlacesTakenAsync(eventId));
        Assert.Empty(host.Smtp.Messages);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_ThroughTheLink_FirstInLineIsOfferedThePlaceAndAcceptsIt(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        await host.RegisterAsync(eventId, "Chris Jansen", "chris@example.nl");
        using var anna = host.Browser();
        using var bram = host.Browser();

        var cancelled = await EventHost.PostFormAsync(anna, EventHost.LinkIn(host.MailsTo("anna@example.nl")[0]), "afmelden", []);

        Assert.Equal(HttpStatusCode.Found, cancelled.StatusCode);
        var offer = host.MailsTo("bram@example.nl")[^1];
        Assert.Equal("Er is een plaats vrij: Themabijeenkomst eenzaamheid", offer.Subject);
        Assert.Contains("tot woensdag 3 maart 2027, 10:00", offer.TextBody, StringComparison.Ordinal); // 48 hours, Amsterdam winter time
        Assert.Contains($"{EventHost.PublicUrl}/bijeenkomsten/{eventId}", offer.TextBody, StringComparison.Ordinal);
        Assert.Single(host.MailsTo("chris@example.nl"));
        Assert.Equal(1, await host.PlacesTakenAsync(eventId));

        host.Time.Advance(TimeSpan.FromHours(47));
        var bramsLink = EventHost.LinkIn(host.MailsTo("bram@example.nl")[0]);
        Assert.Contains("neem hem aan vóór 3 maart 2027, 10:00", await EventHost.ReadAsync(await bram.GetAsync(new Uri(bramsLink, UriKind.Relative), Ct)), StringComparison.Ordinal);
        var accepted = await EventHost.PostFormAsync(bram, bramsLink, "aanbod-aannemen", []);

        Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        Assert.Equal(
            [RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Waiting],
            (await host.RegistrationsAsync(eventId)).Select(r => r.Status));
        Assert.Equal(1, await host.PlacesTakenAsync(eventId));
    }
}
