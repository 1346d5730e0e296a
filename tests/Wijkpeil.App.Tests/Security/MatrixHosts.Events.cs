using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Security;

/// <summary>The coordinators' Events targets of the matrix: a draft event of its own per cell (the read rows use the event of <see cref="EventReadPathAsync"/>).</summary>
public sealed partial class MatrixHost
{
    /// <summary>The event form's fields for a valid open workshop in 2030 named <paramref name="title"/>, kept as a draft.</summary>
    internal static Dictionary<string, string> EventFields(string title) => new()
    {
        ["Input.Kind"] = nameof(EventKind.Workshop),
        ["Input.Title"] = title,
        ["Input.StartDate"] = "2030-03-05",
        ["Input.StartTime"] = "14:00",
        ["Input.EndDate"] = "2030-03-05",
        ["Input.EndTime"] = "16:00",
        ["Input.Address"] = "Buurtkamer Overvecht, Utrecht",
        ["Input.Capacity"] = "20",
        ["Input.Audience"] = nameof(EventAudience.Open),
        ["Input.Action"] = "concept",
    };

    private async Task<Target> CreateDraftEventTargetAsync() => new(TargetKind.DraftEvent, Id: await CreateEventAsync());

    private async Task<int> CreateEventAsync()
    {
        var start = new DateTimeOffset(2030, 3, 5, 13, 0, 0, TimeSpan.Zero);
        var details = new EventDetails(EventKind.Workshop, "Matrixbijeenkomst", null, start, start.AddHours(2), null, "Buurtkamer Overvecht, Utrecht", 20, start, EventAudience.Open, [], [], [], [], []);
        var communityEvent = CommunityEvent.Create(details).Value;

        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(communityEvent);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return communityEvent.Id;
    }

    /// <summary>A published event in 2030 with one confirmed registration, whose id and check-in code the cell posts.</summary>
    private async Task<Target> CreateCheckInTargetAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var registration = await CreateEventTargetAsync(TargetKind.ConfirmedRegistration);
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var stored = await db.Set<EventRegistration>().AsNoTracking().SingleAsync(r => r.EventId == registration.Id, ct);
        return new Target(TargetKind.CheckInEvent, registration.Id, ProgressId: stored.Id, Slug: stored.CheckInCode!);
    }

    /// <summary>A published workshop that ended in 2020, waiting for its report.</summary>
    private async Task<Target> CreateEndedEventTargetAsync()
    {
        var start = new DateTimeOffset(2020, 3, 5, 13, 0, 0, TimeSpan.Zero);
        var details = new EventDetails(EventKind.Workshop, "Afgelopen matrixbijeenkomst", null, start, start.AddHours(2), null, "Buurtkamer Overvecht, Utrecht", 20, start, EventAudience.Open, [], [], [], [], []);
        var communityEvent = CommunityEvent.Create(details).Value;
        communityEvent.Publish();
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(communityEvent);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Target(TargetKind.EndedEvent, communityEvent.Id);
    }

    private static async Task<string> ManagedEventFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        if (target.Kind == TargetKind.NewEvent)
        {
            return "events: " + await db.Set<CommunityEvent>().CountAsync(ct);
        }

        var e = await db.Set<CommunityEvent>().AsNoTracking().Include(x => x.Registrations).SingleAsync(x => x.Id == target.Id, ct);
        var attended = e.Registrations.Select(r => r.AttendedAt).ToList();
        return JsonSerializer.Serialize(new { e.Title, e.StartsAt, e.Capacity, e.IsPublished, e.CancelledAt, e.Report, e.ClosedAt, attended });
    }
}
