using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Events.LapseOffers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// Issue 14 point 3 and the events' gaps: the coordinator's report after the event (prompting for a lesson, shown on
/// the public page with the event's place in the programme); everyone registered is mailed when an event is
/// cancelled; a lapsed offer passes on within the hour.
/// </summary>
public sealed class FollowUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_OnlyAfterTheEnd_ClosesPromptsForALessonAndShowsOnThePublicPage(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider, withAgenda: true);
        var (projectId, projectTitle) = await host.PublishedProjectAsync();
        var eventId = await host.AddEventAsync(capacity: 5, projectIds: [projectId], pillars: [1], focusAreas: ["overvecht"]);
        var path = $"/beheer/bijeenkomsten/{eventId}";
        var report = new Dictionary<string, string> { ["Input.Report"] = "We spraken over **eenzaamheid** onder ouderen." };
        using (var early = await host.SignedInAsync("coordinator@example.nl", WijkpeilRoles.Coordinator))
        {
            var beforeEnd = await EventHost.PostFormAsync(early, path, "bijeenkomst-verslag", new(report));
            Assert.Equal(HttpStatusCode.Conflict, beforeEnd.StatusCode);
        }

        host.Time.SetUtcNow(EventHost.Start.AddHours(3));
        using var coordinator = await host.SignedInAsync("coordinator2@example.nl", WijkpeilRoles.Coordinator);
        var saved = await EventHost.PostFormAsync(coordinator, path, "bijeenkomst-verslag", new(report));
        var prompt = await EventHost.ReadAsync(await coordinator.GetAsync(saved.Headers.Location, Ct));
        using var reader = host.Browser();
        var publicPage = await EventHost.ReadAsync(await reader.GetAsync(new Uri($"/bijeenkomsten/{eventId}", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(path + "?klaar=verslag", saved.Headers.Location!.PathAndQuery);
        Assert.Contains($"href=\"/beheer/lessen/nieuw?evenement={eventId}\">Leg een les vast</a>", prompt, StringComparison.Ordinal);
        Assert.Contains("<strong>eenzaamheid</strong>", publicPage, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"utrecht-link\" href=\"/agenda/{projectId}\">{projectTitle}</a>", publicPage, StringComparison.Ordinal);
        Assert.Matches("href=\"/programmas/[a-z-]+/gebieden/overvecht\">Overvecht</a>", publicPage);
        Assert.Contains("<dt>Pijlers</dt>", publicPage, StringComparison.Ordinal);
        var stored = await host.EventAsync(eventId);
        Assert.NotNull(stored.ClosedAt);
        Assert.Equal("We spraken over **eenzaamheid** onder ouderen.", stored.Report);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_MailsEveryoneWithAPlaceAndEveryoneWaiting(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        using var coordinator = await host.SignedInAsync("coordinator@example.nl", WijkpeilRoles.Coordinator);

        var cancelled = await EventHost.PostFormAsync(coordinator, $"/beheer/bijeenkomsten/{eventId}", "bijeenkomst-afgelasten", new() { ["Cancellation.Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Found, cancelled.StatusCode);
        foreach (var address in new[] { "anna@example.nl", "bram@example.nl" })
        {
            var mail = host.MailsTo(address)[^1];
            Assert.Equal("Afgelast: Themabijeenkomst eenzaamheid", mail.Subject);
            Assert.Contains("is afgelast; hij gaat niet door.", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"{EventHost.PublicUrl}/bijeenkomsten/{eventId}", mail.TextBody, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HourlyLapse_OfferExpired_PassesOnWithinTheHour(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        await host.RegisterAsync(eventId, "Chris Jansen", "chris@example.nl");
        using var anna = host.Browser();
        await EventHost.PostFormAsync(anna, EventHost.LinkIn(host.MailsTo("anna@example.nl")[0]), "afmelden", []);
        using var hourly = new HourlyOfferLapse(host.App.Services.GetRequiredService<IServiceScopeFactory>(), new SchedulingOptions(true, 3), host.Time, NullLogger<HourlyOfferLapse>.Instance);
        await hourly.StartAsync(Ct);

        host.Time.Advance(TimeSpan.FromHours(47));
        var stillOffered = await StatusesAfterTheTickAsync(host, eventId);
        host.Time.Advance(TimeSpan.FromHours(2));
        await WaitUntilAsync(() => host.MailsTo("chris@example.nl").Count == 2);
        var passedOn = (await host.RegistrationsAsync(eventId)).Select(r => r.Status).ToArray();
        await hourly.StopAsync(Ct);

        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Offered, RegistrationStatus.Waiting], stillOffered);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.OfferLapsed, RegistrationStatus.Offered], passedOn);
        Assert.Equal("Er is een plaats vrij: Themabijeenkomst eenzaamheid", host.MailsTo("chris@example.nl")[^1].Subject);
    }

    // The hour's run before the offer expired finds nothing; give it time to finish before reading.
    private static async Task<RegistrationStatus[]> StatusesAfterTheTickAsync(EventHost host, int eventId)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        return [.. (await host.RegistrationsAsync(eventId)).Select(r => r.Status)];
    }

    // The run mails the new offer after its transaction, on the timer's thread.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        }
    }
}
