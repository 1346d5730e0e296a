using System.Text.Json.Serialization;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>
/// A project as POST creates it and PUT replaces it, and as the create and edit pages submit it (the one write
/// shape of a whole project). Only these properties are accepted: any other, such as
/// <c>id</c>, <c>programmeId</c> or <c>exampleData</c>, is refused with 400, so nothing is set that the API
/// does not offer. The optional arrays, when present, replace the project's whole collection; when absent
/// (null) the collection stays as it is.
/// </summary>
/// <param name="FocusArea">The focus-area code (<c>overvecht</c>) or a CBS code of one of its wijken or buurten (<c>WK034403</c>).</param>
/// <param name="Title">The project's title; required, at most 200 characters.</param>
/// <param name="Pillars">The programme's pillar numbers (1-5); at least one.</param>
/// <param name="Status">planned, running (needs startDate, not after today), completed (also endDate) or stopped (endDate and stopReason).</param>
/// <param name="Published">Whether anonymous visitors see the project; false when absent.</param>
/// <param name="OwnerOrganisation">The organisation that answers for the project.</param>
/// <param name="StartDate">Planned or actual start (yyyy-MM-dd).</param>
/// <param name="EndDate">Planned or actual end (yyyy-MM-dd).</param>
/// <param name="StopReason">Why the project stopped; required for status stopped.</param>
/// <param name="Description">Markdown; rendered sanitised.</param>
/// <param name="MeetingPlaceName">Where residents find the project.</param>
/// <param name="MeetingPlaceAddress">The meeting place's address; only with a name.</param>
/// <param name="Outputs">Output measures with their values per year.</param>
/// <param name="Funding">Funding lines.</param>
/// <param name="Indicators">Codes of outcome indicators (see /api/v1/indicators) the project aims to move.</param>
/// <param name="Progress">Progress updates (the timeline).</param>
/// <param name="Programme">
/// The programme's slug; needed on create only when the focus area's code is in more than one programme. On replace
/// the project stays in its programme, and this must be absent or name it.
/// </param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProjectRequest(
    string? FocusArea,
    string? Title,
    IReadOnlyList<int>? Pillars,
    ProjectStatus? Status,
    bool? Published = null,
    string? OwnerOrganisation = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    string? StopReason = null,
    string? Description = null,
    string? MeetingPlaceName = null,
    string? MeetingPlaceAddress = null,
    IReadOnlyList<OutputMeasureRequest>? Outputs = null,
    IReadOnlyList<FundingLineRequest>? Funding = null,
    IReadOnlyList<string>? Indicators = null,
    IReadOnlyList<ProgressUpdateRequest>? Progress = null,
    string? Programme = null);

/// <summary>An output measure in a <see cref="ProjectRequest"/>, or one to add or change on its own.</summary>
/// <param name="Kind">howMuch, howWell or betterOff.</param>
/// <param name="Name">What is counted; unique within the project.</param>
/// <param name="Unit">count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are (woningen); not needed for a percentage.</param>
/// <param name="Values">Target and realised value per year; only used in a whole <see cref="ProjectRequest"/>.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OutputMeasureRequest(OutputKind? Kind, string? Name, OutputUnit? Unit, string? UnitLabel = null, IReadOnlyList<OutputValueRequest>? Values = null);

/// <summary>An output measure's target and/or realised value in one year.</summary>
/// <param name="PeriodCode">The year, e.g. 2024.</param>
/// <param name="Target">The target.</param>
/// <param name="Realised">The realised value.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OutputValueRequest(string? PeriodCode, double? Target = null, double? Realised = null);

/// <summary>A funding line in a <see cref="ProjectRequest"/>, or one to add or change on its own; amounts in euros.</summary>
/// <param name="Funder">rijk, provincie, gemeente or other.</param>
/// <param name="FunderName">The body; required for other.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Contracted or granted; 0 when absent.</param>
/// <param name="Spent">Paid out; 0 when absent.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FundingLineRequest(Funder? Funder, string? FunderName, int? Year, decimal? Budget, decimal? Committed = null, decimal? Spent = null);

/// <summary>A progress update in a <see cref="ProjectRequest"/>, or one to add on its own.</summary>
/// <param name="Date">The day it is about; not after today.</param>
/// <param name="Text">What happened (Markdown).</param>
/// <param name="PercentComplete">How far along, 0-100.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProgressUpdateRequest(DateOnly? Date, string? Text, int? PercentComplete = null);

