using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.MeetingPlaces;

/// <summary>
/// A physical meeting place in a focus area (a buurtkamer, an ontmoetingscentrum) where residents meet each other, the
/// gemeente and wijkprofessionals: the register events and agenda projects point to instead of retyping a name. The
/// address and the point on the map stay empty until someone knows them; nothing is filled in by guess.
/// </summary>
public sealed class MeetingPlace
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int ActivitiesMaxLength = 4_000;
    public const int AddressMaxLength = 300;
    public const int SourceMaxLength = 500;

    private MeetingPlace()
    {
        FocusAreaCode = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    /// <summary>The programme's focus-area code (slug), e.g. <c>overvecht</c>.</summary>
    public string FocusAreaCode { get; private set; }

    public string Name { get; private set; }

    /// <summary>Markdown as typed; the renderer sanitises.</summary>
    public string? Description { get; private set; }

    /// <summary>What happens there (activities, spreekuren), as typed; line breaks kept.</summary>
    public string? Activities { get; private set; }

    public string? Address { get; private set; }

    /// <summary>Its point on the area map; null while unknown.</summary>
    public GeoPoint? Point { get; private set; }

    /// <summary>Where the information comes from, e.g. the progress letter.</summary>
    public string? Source { get; private set; }

    /// <summary>A meeting place in one of <paramref name="programme"/>'s focus areas.</summary>
    public static Result<MeetingPlace> Create(ProgrammeScope programme, MeetingPlaceDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var place = new MeetingPlace { ProgrammeId = programme.Id };
        var applied = place.Apply(programme, details);
        return applied.IsSuccess ? place : applied.Error!;
    }

    /// <summary>Replaces the details; nothing changes when one is refused.</summary>
    public Result<MeetingPlace> Change(ProgrammeScope programme, MeetingPlaceDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Id != ProgrammeId)
        {
            throw new ArgumentException("The meeting place belongs to another programme.", nameof(programme));
        }

        return Apply(programme, details);
    }

    private Result<MeetingPlace> Apply(ProgrammeScope programme, MeetingPlaceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var focusArea = details.FocusAreaCode?.Trim() ?? string.Empty;
        if (programme.RefuseFocusArea(details.FocusAreaCode, "meeting_place") is { } unknownArea)
        {
            return unknownArea;
        }

        var name = TextRules.Required(details.Name, NameMaxLength, "meeting_place.name", "de naam", "name");
        var description = TextRules.OptionalRaw(details.Description, DescriptionMaxLength, "meeting_place.description", "de beschrijving", "description");
        var activities = TextRules.OptionalRaw(details.Activities, ActivitiesMaxLength, "meeting_place.activities", "wat er gebeurt", "activities");
        var address = TextRules.Optional(details.Address, AddressMaxLength, "meeting_place.address", "het adres", "address");
        var point = GeoPoint.From(details.Latitude, details.Longitude);
        var source = TextRules.Optional(details.Source, SourceMaxLength, "meeting_place.source", "de bron", "source");
        var problem = name.Error ?? description.Error ?? activities.Error ?? address.Error ?? point.Error ?? source.Error;
        if (problem is not null)
        {
            return problem;
        }

        FocusAreaCode = focusArea;
        Name = name.Value;
        Description = description.Value;
        Activities = activities.Value;
        Address = address.Value;
        Point = point.Value;
        Source = source.Value;
        return this;
    }
}
