using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Events.ManageRegistration;
using Wijkpeil.App.Modules.Events.RegisterForEvent;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Security;

/// <summary>The matrix's events: an open one to register for, and registrations behind their own links.</summary>
public sealed partial class MatrixHost
{
    private readonly SemaphoreSlim _eventReadsLock = new(1, 1);
    private Dictionary<string, string>? _eventReads;

    /// <summary>Fills in <c>{event}</c>, <c>{event-token}</c> and <c>{other-token}</c> (a well-formed link nobody has).</summary>
    internal async Task<string> EventReadPathAsync(string path)
    {
        if (!path.Contains("{event", StringComparison.Ordinal) && !path.Contains("{other-token}", StringComparison.Ordinal))
        {
            return path;
        }

        await _eventReadsLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_eventReads is null)
            {
                var registration = await CreateEventTargetAsync(TargetKind.ConfirmedRegistration);
                _eventReads = new(StringComparer.Ordinal)
                {
                    ["{event-token}"] = registration.Slug,
                    ["{event}"] = registration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["{other-token}"] = RegistrationHandler.SecretPrefix + new string('x', 43),
                };
            }
        }
        finally
        {
            _eventReadsLock.Release();
        }

        return _eventReads.OrderByDescending(p => p.Key.Length).Aggregate(path, (text, p) => text.Replace(p.Key, p.Value, StringComparison.Ordinal));
    }

    /// <summary>An event of its own (id in <see cref="Target.Id"/>) and, for a registration kind, the link of it (<see cref="Target.Slug"/>).</summary>
    private async Task<Target> CreateEventTargetAsync(TargetKind kind)
    {
        var ct = TestContext.Current.CancellationToken;
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var created = CommunityEvent.Create(new EventDetails(
            EventKind.Workshop, "Matrixworkshop", null, start, start.AddHours(2), null, "Stadskantoor Utrecht", 1, start.AddDays(-1),
            EventAudience.Open, [], [], [], [], [])).Value;
        created.Publish();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(created);
        await db.SaveChangesAsync(ct);
        if (kind == TargetKind.OpenEvent)
        {
            return new Target(kind, created.Id);
        }

        var register = scope.ServiceProvider.GetRequiredService<RegistrationHandler>();
        var first = (await register.RegisterAsync(created.Id, new Registrant("Eerste Deelnemer", "eerste@matrix.nl", null, null), ct)).Value;
        if (kind == TargetKind.ConfirmedRegistration)
        {
            return new Target(kind, created.Id, Slug: first.LinkSecret);
        }

        var second = (await register.RegisterAsync(created.Id, new Registrant("Tweede Deelnemer", "tweede@matrix.nl", null, null), ct)).Value;
        Assert.True((await scope.ServiceProvider.GetRequiredService<ChangeRegistrationHandler>().CancelAsync(first.LinkSecret, ct)).Succeeded);
        return new Target(kind, created.Id, Slug: second.LinkSecret);
    }

    private static async Task<string> EventFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        var registrations = await db.Set<EventRegistration>().AsNoTracking().Where(r => r.EventId == target.Id).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Status, r.OfferExpiresAt, r.CancelledAt }).ToListAsync(ct);
        var taken = await db.Set<CommunityEvent>().Where(e => e.Id == target.Id).Select(e => e.PlacesTaken).SingleAsync(ct);
        return JsonSerializer.Serialize(new { registrations, taken });
    }
}
