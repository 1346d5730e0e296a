using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// The Events module's settings: how long a freed place is offered to the first in line (<c>Events:OfferHours</c>,
/// default 48; the offer never runs past the start), how many days after an event its registrants' personal data is
/// kept (<c>Events:RetentionDays</c>, default 30: long enough to send the report and count attendance, AVG art. 5 lid
/// 1 e), and how many requests a client may make per minute to the registration pages (<c>Events:LinkRequestsPerMinute</c>,
/// default 60).
/// </summary>
public sealed record EventsOptions(TimeSpan OfferTime, int RetentionDays, int LinkRequestsPerMinute)
{
    public const string OfferHoursKey = "Events:OfferHours";
    public const string RetentionDaysKey = "Events:RetentionDays";
    public const string LinkRequestsKey = "Events:LinkRequestsPerMinute";
    public const int DefaultOfferHours = 48;
    public const int DefaultRetentionDays = 30;
    public const int DefaultLinkRequests = 60;

    /// <summary>The options <paramref name="configuration"/> sets; refused at start-up when a value is not a whole number in its range.</summary>
    public static EventsOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hours = Number(configuration, OfferHoursKey, DefaultOfferHours, 1, 24 * 14);
        var days = Number(configuration, RetentionDaysKey, DefaultRetentionDays, 1, 3650);
        var requests = Number(configuration, LinkRequestsKey, DefaultLinkRequests, 1, 100_000);
        return new EventsOptions(TimeSpan.FromHours(hours), days, requests);
    }

    private static int Number(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{key} '{text}' is not a whole number from {min} to {max}.");
    }
}
