using System.Text.Json.Serialization;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>
/// A project as POST creates it and PUT replaces it. Only these properties are accepted: any other, such as
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
    IReadOnlyList<ProgressUpdateRequest>? Progress = null);

/// <summary>An output measure in a <see cref="ProjectRequest"/>.</summary>
/// <param name="Kind">howMuch, howWell or betterOff.</param>
/// <param name="Name">What is counted; unique within the project.</param>
/// <param name="Unit">count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are (woningen); not needed for a percentage.</param>
/// <param name="Values">Target and realised value per year.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OutputMeasureRequest(OutputKind? Kind, string? Name, OutputUnit? Unit, string? UnitLabel = null, IReadOnlyList<OutputValueRequest>? Values = null);

/// <summary>An output measure's values in one year.</summary>
/// <param name="PeriodCode">The year, e.g. 2024.</param>
/// <param name="Target">The target.</param>
/// <param name="Realised">The realised value.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OutputValueRequest(string? PeriodCode, double? Target = null, double? Realised = null);

/// <summary>A funding line in a <see cref="ProjectRequest"/>; amounts in euros.</summary>
/// <param name="Funder">rijk, provincie, gemeente or other.</param>
/// <param name="FunderName">The body; required for other.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Contracted or granted; 0 when absent.</param>
/// <param name="Spent">Paid out; 0 when absent.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FundingLineRequest(Funder? Funder, string? FunderName, int? Year, decimal? Budget, decimal? Committed = null, decimal? Spent = null);

/// <summary>A progress update in a <see cref="ProjectRequest"/>.</summary>
/// <param name="Date">The day it is about; not after today.</param>
/// <param name="Text">What happened (Markdown).</param>
/// <param name="PercentComplete">How far along, 0-100.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProgressUpdateRequest(DateOnly? Date, string? Text, int? PercentComplete = null);

/// <summary>A project in the list.</summary>
/// <param name="Id">Its id; its address is /api/v1/projects/{id}.</param>
/// <param name="FocusArea">The focus-area code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Pillars">Pillar numbers.</param>
/// <param name="Status">planned, running, completed or stopped.</param>
/// <param name="OwnerOrganisation">Who answers for it.</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="Published">Visible to anonymous visitors.</param>
/// <param name="ExampleData">Its figures are examples, not the programme's own.</param>
public sealed record ProjectListItem(
    int Id,
    string FocusArea,
    string Title,
    IReadOnlyList<int> Pillars,
    ProjectStatus Status,
    string? OwnerOrganisation,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool Published,
    bool ExampleData);

/// <summary>One project with its timeline, outputs, indicators and funding.</summary>
/// <param name="Id">Its id.</param>
/// <param name="FocusArea">The focus-area code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Pillars">Pillar numbers.</param>
/// <param name="Status">planned, running, completed or stopped.</param>
/// <param name="Published">Visible to anonymous visitors.</param>
/// <param name="ExampleData">Its figures are examples, not the programme's own.</param>
/// <param name="OwnerOrganisation">Who answers for it.</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="StopReason">Why it stopped.</param>
/// <param name="Description">Markdown as typed; sanitise before rendering as HTML.</param>
/// <param name="MeetingPlaceName">Where residents find it.</param>
/// <param name="MeetingPlaceAddress">That place's address.</param>
/// <param name="PercentComplete">The latest percentage on the timeline.</param>
/// <param name="Outputs">Output measures with values per year.</param>
/// <param name="Funding">Funding lines.</param>
/// <param name="Indicators">Linked outcome indicators.</param>
/// <param name="Progress">The timeline, oldest first.</param>
public sealed record ProjectResponse(
    int Id,
    string FocusArea,
    string Title,
    IReadOnlyList<int> Pillars,
    ProjectStatus Status,
    bool Published,
    bool ExampleData,
    string? OwnerOrganisation,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? StopReason,
    string? Description,
    string? MeetingPlaceName,
    string? MeetingPlaceAddress,
    int? PercentComplete,
    IReadOnlyList<OutputMeasureView> Outputs,
    IReadOnlyList<FundingLineView> Funding,
    IReadOnlyList<LinkedIndicator> Indicators,
    IReadOnlyList<ProgressEntry> Progress)
{
    internal static ProjectResponse From(ProjectView v) => new(
        v.Summary.Id,
        v.Summary.FocusAreaCode,
        v.Summary.Title,
        v.Summary.Pillars,
        v.Summary.Status,
        v.Summary.IsPublished,
        v.Summary.IsExampleData,
        v.Summary.OwnerOrganisation,
        v.Summary.StartDate,
        v.Summary.EndDate,
        v.StopReason,
        v.Description,
        v.Summary.MeetingPlaceName,
        v.MeetingPlaceAddress,
        v.PercentComplete,
        v.Outputs,
        v.Funding,
        v.Indicators,
        v.Timeline);
}
