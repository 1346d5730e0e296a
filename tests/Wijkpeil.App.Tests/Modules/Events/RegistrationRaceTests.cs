using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Events.RegisterForEvent;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// Issue 14 point 2: an event's capacity is never exceeded, also when many people register at the same moment; those
/// beyond it wait, in the order they came. On both providers.
/// </summary>
public sealed class RegistrationRaceTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Register_TwelveAtOnceForFivePlaces_FiveConfirmedSevenWaitingAndTheCounterIsFive(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var eventId = await PublishedEventAsync(database, capacity: 5);

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(1, 12).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            return await RegisterAsync(database, eventId, $"deelnemer{i}");
        })).ToArray();
        gate.SetResult();
        var outcomes = await Task.WhenAll(racers);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, string.Join(", ", o.Problems.Select(p => p.Code))));
        Assert.Equal(5, outcomes.Count(o => o.Value.Status == RegistrationStatus.Confirmed));
        Assert.Equal(7, outcomes.Count(o => o.Value.Status == RegistrationStatus.Waiting));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(5, await db.Set<CommunityEvent>().Where(e => e.Id == eventId).Select(e => e.PlacesTaken).SingleAsync(Ct));
        Assert.Equal(5, await db.Set<EventRegistration>().CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Register_RefusedByTheRules_GivesItsPlaceBackAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var eventId = await PublishedEventAsync(database, capacity: 1);

        var refused = await RegisterAsync(database, eventId, "deelnemer", email: "geen-adres");
        var accepted = await RegisterAsync(database, eventId, "deelnemer");

        Assert.Equal("registration.email.invalid", Assert.Single(refused.Problems).Code);
        Assert.Equal("email", refused.Problems[0].Field);
        Assert.Equal(RegistrationStatus.Confirmed, accepted.Value.Status);
        Assert.StartsWith(RegistrationHandler.SecretPrefix, accepted.Value.LinkSecret, StringComparison.Ordinal);
        Assert.Equal(6, accepted.Value.CheckInCode.Length);
    }

    private static async Task<Outcome<EventRegistered>> RegisterAsync(TestDatabase database, int eventId, string name, string? email = null)
    {
        await using var scope = database.CreateScope();
        var handler = ActivatorUtilities.CreateInstance<RegistrationHandler>(scope.ServiceProvider, new FakeTimeProvider(Now));
        return await handler.RegisterAsync(eventId, new Registrant(name, email ?? $"{name}@example.nl", "Gemeente Zeist", "GM0355"), Ct);
    }

    private static async Task<int> PublishedEventAsync(TestDatabase database, int capacity)
    {
        var start = Now.AddDays(30);
        var details = new EventDetails(
            EventKind.ThemeMeeting,
            "Themabijeenkomst monitoring",
            null,
            start,
            start.AddHours(2),
            null,
            "Provinciehuis, Archimedeslaan 6, Utrecht",
            capacity,
            start.AddDays(-1),
            EventAudience.Open,
            [],
            [],
            [],
            [],
            []);
        var created = CommunityEvent.Create(details).Value;
        created.Publish();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(created);
        await db.SaveChangesAsync(Ct);
        return created.Id;
    }
}
