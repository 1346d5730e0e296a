using System.Globalization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces.ManagePlaces;

/// <summary>
/// The meeting-place form as typed. The focus area is one choice of <c>programme/focusarea</c> (a place lies in one
/// programme's focus area); latitude and longitude are decimal degrees with a point or a comma.
/// </summary>
public sealed class MeetingPlaceInput
{
    public string? FocusArea { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Activities { get; set; }

    public string? Address { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Source { get; set; }

    /// <summary>Request field (the domain's and this form's) → HTML id.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new[]
    {
        "focusArea", "name", "description", "activities", "address", "latitude", "longitude", "source",
    }.ToDictionary(f => f, Id, StringComparer.Ordinal);

    /// <summary>The HTML id of a field of the form.</summary>
    public static string Id(string field) => "ontmoetingsplek-" + field;

    /// <summary>The value of the focus-area choice for a programme's focus area.</summary>
    public static string FocusAreaValue(string programmeSlug, string focusAreaSlug) => programmeSlug + "/" + focusAreaSlug;

    /// <summary>The programme's slug of the chosen focus area, or null when none was chosen.</summary>
    public string? ProgrammeSlug => FocusArea?.Split('/', 2) is [var programme, _] ? programme : null;

    /// <summary>The form filled with a stored place.</summary>
    public static MeetingPlaceInput From(MeetingPlace place, string programmeSlug)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new MeetingPlaceInput
        {
            FocusArea = FocusAreaValue(programmeSlug, place.FocusAreaCode),
            Name = place.Name,
            Description = place.Description,
            Activities = place.Activities,
            Address = place.Address,
            Latitude = place.Point?.Latitude.ToString(CultureInfo.InvariantCulture),
            Longitude = place.Point?.Longitude.ToString(CultureInfo.InvariantCulture),
            Source = place.Source,
        };
    }

    /// <summary>The details as the domain reads them, or the problems of what could not be read.</summary>
    public (MeetingPlaceDetails? Details, IReadOnlyList<Problem> Problems) ToDetails()
    {
        var problems = new List<Problem>();
        var latitude = Degrees(Latitude, "latitude", problems);
        var longitude = Degrees(Longitude, "longitude", problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var focusArea = FocusArea?.Split('/', 2) is [_, var slug] ? slug : FocusArea;
        return (new MeetingPlaceDetails(focusArea, Name, Description, Activities, Address, latitude, longitude, Source), problems);
    }

    // Degrees are read here rather than with the figures' parser: "52.091" is a coordinate, never fifty-two thousand.
    private static double? Degrees(string? text, string field, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(Problem.Invalid(field, "meeting_place.form.degrees_invalid", text));
        return null;
    }
}
