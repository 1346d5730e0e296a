using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// Issue 14 point 2, the daily tasks as the scheduler and <c>wijkpeil tasks run</c> run them: an offer not accepted in
/// time lapses and the place passes to the next in line; the registrants' personal data goes after the retention period.
/// </summary>
public sealed class RegistrationTasksTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LapseOffers_OfferExpired_PlacePassesToTheNextInLineAndTheFirstCanNoLongerAccept(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        await host.RegisterAsync(eventId, "Chris Jansen", "chris@example.nl");
        using var anna = host.Browser();
        await EventHost.PostFormAsync(anna, EventHost.LinkIn(host.MailsTo("anna@example.nl")[0]), "afmelden", []);

        using var bram = host.Browser();
        var bramsLink = EventHost.LinkIn(host.MailsTo("bram@example.nl")[0]);
        host.Time.Advance(TimeSpan.FromHours(47));
        var leftOpen = await EventHost.OpenAsync(bram, bramsLink);
        var early = await host.RunTaskAsync("events-lapse-offers");
        host.Time.Advance(TimeSpan.FromHours(2));
        var lapsed = await host.RunTaskAsync("events-lapse-offers");
        var again = await host.RunTaskAsync("events-lapse-offers");

        Assert.Equal((0, 1, 0), (early, lapsed, again));
        var registrations = await host.RegistrationsAsync(eventId);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.OfferLapsed, RegistrationStatus.Offered], registrations.Select(r => r.Status));
        Assert.Equal(EventHost.Now.AddHours(49 + 48), registrations[2].OfferExpiresAt);
        Assert.Equal(1, await host.PlacesTakenAsync(eventId));
        Assert.Equal("Aanbod vervallen: Themabijeenkomst eenzaamheid", host.MailsTo("bram@example.nl")[^1].Subject);
        Assert.Equal("Er is een plaats vrij: Themabijeenkomst eenzaamheid", host.MailsTo("chris@example.nl")[^1].Subject);

        var late = await EventHost.PostAsync(bram, bramsLink, "aanbod-aannemen", leftOpen, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var page = await EventHost.ReadAsync(late);
        Assert.Contains("Er staat voor deze aanmelding geen aanbod open.", page, StringComparison.Ordinal);
        Assert.Contains("Het aanbod van een plaats is vervallen", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnonymiseRegistrations_AfterTheRetentionPeriod_NamesAddressesAndLinksGoCountsStay(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        var link = EventHost.LinkIn(host.MailsTo("anna@example.nl")[0]);
        var ended = EventHost.Start.AddHours(2);

        host.Time.Advance(ended.AddDays(30) - EventHost.Now - TimeSpan.FromMinutes(1));
        var early = await host.RunTaskAsync("events-anonymise");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await host.RunTaskAsync("events-anonymise");
        var again = await host.RunTaskAsync("events-anonymise");

        Assert.Equal((0, 1, 0), (early, due, again));
        var registrations = await host.RegistrationsAsync(eventId);
        Assert.All(registrations, r => Assert.True(r.IsAnonymised && r.Name.Length == 0 && r.Email.Length == 0 && r.LinkTokenHash is null && r.CheckInCode is null));
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waiting], registrations.Select(r => r.Status));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetAsync(new Uri(link, UriKind.Relative), Ct)).StatusCode);
    }
}
