using System.Globalization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>
/// The event form as typed: every field of <see cref="EventDetails"/> as text, the start, end and registration deadline
/// as a date and a clock time in Europe/Amsterdam. A value that cannot be read comes back as typed with its message.
/// </summary>
public sealed class EventInput
{
    /// <summary>The button that sent the form: <see cref="PublishAction"/> publishes, anything else keeps it as it is.</summary>
    public const string PublishAction = "publiceren";

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? StartDate { get; set; }

    public string? StartTime { get; set; }

    public string? EndDate { get; set; }

    public string? EndTime { get; set; }

    /// <summary>The registration deadline's day; empty with <see cref="ClosesTime"/>: registration closes at the start.</summary>
    public string? ClosesDate { get; set; }

    public string? ClosesTime { get; set; }

    /// <summary>The chosen meeting place's id from the register; empty: the event is at <see cref="Address"/>.</summary>
    public string? MeetingPlaceId { get; set; }

    public string? Address { get; set; }

    public string? Capacity { get; set; }

    public string? Audience { get; set; } = nameof(EventAudience.Open);

    /// <summary>GMnnnn codes, one per line.</summary>
    public string? InvitedGemeenten { get; set; }

    /// <summary>Organisation names, one per line.</summary>
    public string? InvitedOrganisations { get; set; }

    /// <summary>Checked pillars by number (a checkbox posts <c>Input.Pillars[3]=true</c>).</summary>
    public Dictionary<int, bool>? Pillars { get; set; }

    /// <summary>Checked focus areas by slug.</summary>
    public Dictionary<string, bool>? FocusAreas { get; set; }

    /// <summary>Checked agenda projects by id.</summary>
    public Dictionary<int, bool>? Projects { get; set; }

    public string? Action { get; set; }

    public bool Publishes => Action == PublishAction;

    /// <summary>Request field (the domain's and this form's) → HTML id.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kind"] = Id("kind"),
        ["title"] = Id("title"),
        ["description"] = Id("description"),
        ["startsAt"] = Id("startsAt"),
        ["endsAt"] = Id("endsAt"),
        ["registrationClosesAt"] = Id("registrationClosesAt"),
        ["place"] = Id("address"),
        ["address"] = Id("address"),
        ["meetingPlaceId"] = Id("meetingPlaceId"),
        ["capacity"] = Id("capacity"),
        ["audience"] = Id("audience"),
        ["invitedGemeenten"] = Id("invitedGemeenten"),
        ["invitedOrganisations"] = Id("invitedOrganisations"),
        ["pillarNumbers"] = Id("pillarNumbers"),
        ["focusAreaCodes"] = Id("focusAreaCodes"),
        ["projectIds"] = Id("projectIds"),
    };

    /// <summary>The HTML id of a field of the form.</summary>
    public static string Id(string field) => "bijeenkomst-" + field;

    /// <summary>The form filled with a stored event, times in Amsterdam.</summary>
    public static EventInput From(CommunityEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventInput
        {
            Kind = e.Kind.ToString(),
            Title = e.Title,
            Description = e.Description,
            StartDate = EventTime.DateText(e.StartsAt),
            StartTime = EventTime.TimeText(e.StartsAt),
            EndDate = EventTime.DateText(e.EndsAt),
            EndTime = EventTime.TimeText(e.EndsAt),
            ClosesDate = EventTime.DateText(e.RegistrationClosesAt),
            ClosesTime = EventTime.TimeText(e.RegistrationClosesAt),
            MeetingPlaceId = e.MeetingPlaceId?.ToString(CultureInfo.InvariantCulture),
            Address = e.Address,
            Capacity = e.Capacity.ToString(CultureInfo.InvariantCulture),
            Audience = e.Audience.ToString(),
            InvitedGemeenten = string.Join('\n', e.InvitedGemeenten),
            InvitedOrganisations = string.Join('\n', e.InvitedOrganisations),
            Pillars = e.PillarNumbers.ToDictionary(n => n, _ => true),
            FocusAreas = e.FocusAreaCodes.ToDictionary(c => c, _ => true, StringComparer.OrdinalIgnoreCase),
            Projects = e.ProjectIds.ToDictionary(p => p, _ => true),
        };
    }

    /// <summary>Whether the focus area <paramref name="slug"/> is checked (stored codes are upper case).</summary>
    public bool HasFocusArea(string slug) => FocusAreas?.Any(f => f.Value && string.Equals(f.Key, slug, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>The details as the domain reads them, or the problems of what could not be read.</summary>
    public (EventDetails? Details, IReadOnlyList<Problem> Problems) ToDetails()
    {
        var problems = new List<Problem>();
        var starts = ReadInstant(StartDate, StartTime, "startsAt", problems);
        var ends = ReadInstant(EndDate, EndTime, "endsAt", problems);
        var closes = string.IsNullOrWhiteSpace(ClosesDate) && string.IsNullOrWhiteSpace(ClosesTime)
            ? starts
            : ReadInstant(ClosesDate, ClosesTime, "registrationClosesAt", problems);
        if (!FormValues.TryInt(MeetingPlaceId, out var meetingPlaceId))
        {
            problems.Add(Problem.Invalid("meetingPlaceId", "event.form.meeting_place_invalid", MeetingPlaceId));
        }

        var capacity = 0;
        if (!FormValues.TryInt(Capacity, out var places))
        {
            problems.Add(Problem.Invalid("capacity", "event.form.number_invalid", Capacity));
        }
        else
        {
            capacity = places ?? 0;
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var audience = Enum.TryParse<EventAudience>(Audience, out var a) && Enum.IsDefined(a) ? a : default;
        return (new EventDetails(
            Enum.TryParse<EventKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : default,
            Title,
            Description,
            starts!.Value,
            ends!.Value,
            meetingPlaceId,
            Address,
            capacity,
            closes!.Value,
            audience,
            audience == EventAudience.Invited ? Lines(InvitedGemeenten) : [],
            audience == EventAudience.Invited ? Lines(InvitedOrganisations) : [],
            Checked(Pillars),
            Checked(FocusAreas),
            Checked(Projects)), problems);
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static List<T> Checked<T>(Dictionary<T, bool>? boxes)
        where T : notnull => boxes is null ? [] : [.. boxes.Where(b => b.Value).Select(b => b.Key)];

    private static DateTimeOffset? ReadInstant(string? dayText, string? timeText, string field, List<Problem> problems)
    {
        if (!FormValues.TryDate(dayText, out var day))
        {
            problems.Add(Problem.Invalid(field, "event.form.date_invalid", dayText));
            return null;
        }

        if (day is null)
        {
            problems.Add(Problem.Invalid(field, "event.form.date_required"));
            return null;
        }

        if (!TimeOnly.TryParseExact(timeText?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            problems.Add(string.IsNullOrWhiteSpace(timeText)
                ? Problem.Invalid(field, "event.form.time_required")
                : Problem.Invalid(field, "event.form.time_invalid", timeText));
            return null;
        }

        var instant = EventTime.InstantOf(day.Value, time);
        if (instant is null)
        {
            problems.Add(Problem.Invalid(field, "event.form.time_skipped", day.Value.ToString("d-M-yyyy", CultureInfo.InvariantCulture), time.ToString("HH:mm", CultureInfo.InvariantCulture)));
        }

        return instant;
    }
}
