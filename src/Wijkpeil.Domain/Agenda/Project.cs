using System.Globalization;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Agenda;

/// <summary>
/// A line of a programme's execution agenda (uitvoeringsagenda): what is done in a focus area, by whom,
/// on which pillars, how far it has got, what it delivers and what it costs.
/// </summary>
/// <remarks>
/// Dates that mean "today" are passed in by the caller: the calendar date depends on the time zone
/// (Europe/Amsterdam), which the application derives from its injected <see cref="TimeProvider"/>.
/// </remarks>
public sealed class Project
{
    public const int TitleMaxLength = 200;
    public const int OwnerOrganisationMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int MeetingPlaceNameMaxLength = 200;
    public const int MeetingPlaceAddressMaxLength = 300;
    public const int StopReasonMaxLength = 1_000;

    private readonly List<ProjectPillar> _pillars = [];
    private readonly List<ProgressUpdate> _progressUpdates = [];
    private readonly List<OutputMeasure> _outputMeasures = [];
    private readonly List<ProjectIndicator> _indicators = [];
    private readonly List<FundingLine> _fundingLines = [];

    private Project()
    {
        FocusAreaCode = string.Empty;
        Title = string.Empty;
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    /// <summary>The programme's focus-area code, e.g. <c>overvecht</c>.</summary>
    public string FocusAreaCode { get; private set; }

    public string Title { get; private set; }

    /// <summary>
    /// The organisation that answers for the project (penvoerder); optional, because a project is often put
    /// on the agenda before it is settled who carries it.
    /// </summary>
    public string? OwnerOrganisation { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>Why the project was stopped; set only while <see cref="Status"/> is Stopped.</summary>
    public string? StopReason { get; private set; }

    /// <summary>
    /// Markdown exactly as the editor typed it. It is not sanitised here: whoever renders it to HTML must
    /// sanitise the output (script, event handlers, javascript: links), because the same raw text may be
    /// rendered by pages, the API's consumers and exports with different rules.
    /// </summary>
    public string? Description { get; private set; }

    public string? MeetingPlaceName { get; private set; }

    public string? MeetingPlaceAddress { get; private set; }

    /// <summary>
    /// The meeting place in the register, or null: then <see cref="MeetingPlaceName"/> (typed before the register
    /// existed, or a place it does not hold) says where residents find the project.
    /// </summary>
    public int? MeetingPlaceId { get; private set; }

    /// <summary>Whether anonymous visitors see the project.</summary>
    public bool IsPublished { get; private set; }

    /// <summary>
    /// The project's figures (outputs, money) are example values for demonstration, not taken from the
    /// programme's own documents; pages say so next to them.
    /// </summary>
    public bool IsExampleData { get; private set; }

    public IReadOnlyList<ProjectPillar> Pillars => _pillars;

    /// <summary>The pillar numbers in ascending order.</summary>
    public IReadOnlyList<int> PillarNumbers => [.. _pillars.Select(p => p.Number).Order()];

    /// <summary>
    /// The timeline, oldest first, updates of one date in the order they were added. Sorted on reading
    /// because a database returns the rows of a collection in no guaranteed order.
    /// </summary>
    public IReadOnlyList<ProgressUpdate> ProgressUpdates =>
        [.. _progressUpdates.OrderBy(u => u.Date).ThenBy(u => u.Sequence)];

    /// <summary>The latest percentage complete reported on the timeline, if any update gave one.</summary>
    public int? PercentComplete => ProgressUpdates.LastOrDefault(u => u.PercentComplete.HasValue)?.PercentComplete;

    public IReadOnlyList<OutputMeasure> OutputMeasures => _outputMeasures;

    /// <summary>The outcome indicators the project aims to move.</summary>
    public IReadOnlyList<ProjectIndicator> Indicators => _indicators;

    public IReadOnlyList<FundingLine> FundingLines => _fundingLines;

    public decimal TotalBudget => _fundingLines.Sum(f => f.Budget);

    public decimal TotalCommitted => _fundingLines.Sum(f => f.Committed);

    public decimal TotalSpent => _fundingLines.Sum(f => f.Spent);

    /// <summary>True when any funding line has more committed or spent than budgeted.</summary>
    public bool IsOverBudget => _fundingLines.Any(f => f.IsOverBudget);

    /// <summary>Creates a planned, unpublished project of <paramref name="programme"/>.</summary>
    public static Result<Project> Create(Programme programme, ProjectDetails details) => Create(ProgrammeScope.Of(programme), details);

    /// <summary>Creates a planned, unpublished project of the programme <paramref name="programme"/> describes.</summary>
    public static Result<Project> Create(ProgrammeScope programme, ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var project = new Project { ProgrammeId = programme.Id, Status = ProjectStatus.Planned };
        var applied = project.Apply(programme, details);
        return applied.IsSuccess ? project : applied.Error!;
    }

    /// <summary>Replaces the editable fields; nothing changes when any of them is refused.</summary>
    public Result<Project> Update(Programme programme, ProjectDetails details) => Update(ProgrammeScope.Of(programme), details);

    /// <summary>Replaces the editable fields; nothing changes when any of them is refused.</summary>
    public Result<Project> Update(ProgrammeScope programme, ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Id != ProgrammeId)
        {
            throw new ArgumentException("The project belongs to another programme.", nameof(programme));
        }

        return Apply(programme, details);
    }

    /// <summary>
    /// Planned → Running. The actual start replaces the planned one; a start in the future is refused,
    /// since a project that has not begun is still planned. <paramref name="startedOn"/> null means the start
    /// date is not known (a source that says a project runs but not since when): the planned date, if any, is
    /// cleared rather than passed off as the actual one.
    /// </summary>
    public Result<Project> Start(DateOnly? startedOn, DateOnly today)
    {
        if (Status != ProjectStatus.Planned)
        {
            return Transition("starten", "gepland");
        }

        if (startedOn is { } start && InFuture(start, today, "startdatum", "startDate") is { } future)
        {
            return future;
        }

        if (EndDate < startedOn)
        {
            return EndBeforeStart(startedOn.Value, EndDate.Value);
        }

        StartDate = startedOn;
        Status = ProjectStatus.Running;
        return this;
    }

    /// <summary>
    /// Running → Completed. The actual end date replaces the planned one; <paramref name="completedOn"/> null means it
    /// is not known (a source that says a project was completed but not when), and clears the planned one. Only a
    /// running project completes, so a finished project has started, on a known date or not.
    /// </summary>
    public Result<Project> Complete(DateOnly? completedOn, DateOnly today)
    {
        if (Status != ProjectStatus.Running)
        {
            return Transition("afronden", "lopend");
        }

        if (completedOn is { } end && InFuture(end, today, "einddatum", "endDate") is { } future)
        {
            return future;
        }

        if (completedOn < StartDate)
        {
            return EndBeforeStart(StartDate.Value, completedOn.Value);
        }

        EndDate = completedOn;
        Status = ProjectStatus.Completed;
        return this;
    }

    /// <summary>
    /// Planned or Running → Stopped, with the reason the programme has to account for. The stop date
    /// becomes the end date; a planned project may stop without ever having started.
    /// </summary>
    public Result<Project> Stop(DateOnly stoppedOn, string? reason, DateOnly today)
    {
        if (Status is not (ProjectStatus.Planned or ProjectStatus.Running))
        {
            return Transition("stoppen", "gepland of lopend");
        }

        var checkedReason = TextRules.Required(reason, StopReasonMaxLength, "project.stop_reason", "de reden van stoppen", "stopReason");
        if (!checkedReason.IsSuccess)
        {
            return checkedReason.Error!;
        }

        if (InFuture(stoppedOn, today, "stopdatum", "endDate") is { } future)
        {
            return future;
        }

        if (stoppedOn < StartDate)
        {
            return EndBeforeStart(StartDate.Value, stoppedOn);
        }

        EndDate = stoppedOn;
        StopReason = checkedReason.Value;
        Status = ProjectStatus.Stopped;
        return this;
    }

    /// <summary>
    /// Completed or Stopped → Running (or Planned when it never started). Allowed rather than refused:
    /// projects are paused and resumed, and a project closed by mistake must be correctable; the audit
    /// trail keeps who reopened it. The actual end date no longer holds, so it is cleared. A completed project
    /// ran, even when its start date is not known; a stopped one without a start date counts as never started.
    /// </summary>
    public Result<Project> Reopen()
    {
        if (Status is not (ProjectStatus.Completed or ProjectStatus.Stopped))
        {
            return Transition("heropenen", "afgerond of gestopt");
        }

        Status = Status == ProjectStatus.Completed || StartDate.HasValue ? ProjectStatus.Running : ProjectStatus.Planned;
        EndDate = null;
        StopReason = null;
        return this;
    }

    public void Publish() => IsPublished = true;

    public void Unpublish() => IsPublished = false;

    public void MarkAsExampleData(bool isExampleData) => IsExampleData = isExampleData;

    /// <summary>Adds a progress report; a report about a day that has not yet come is refused.</summary>
    public Result<ProgressUpdate> AddProgressUpdate(DateOnly date, string? text, int? percentComplete, DateOnly today)
    {
        var sequence = _progressUpdates.Count == 0 ? 1 : _progressUpdates.Max(u => u.Sequence) + 1;
        var created = ProgressUpdate.Create(date, text, percentComplete, sequence, today);
        if (created.IsSuccess)
        {
            _progressUpdates.Add(created.Value);
        }

        return created;
    }

    public bool RemoveProgressUpdate(ProgressUpdate update) => _progressUpdates.Remove(update);

    /// <summary>Adds an output measure; names are unique within the project (case-insensitive).</summary>
    public Result<OutputMeasure> AddOutputMeasure(OutputKind kind, string? name, OutputUnit unit, string? unitLabel)
    {
        var created = OutputMeasure.Create(kind, name, unit, unitLabel);
        if (!created.IsSuccess)
        {
            return created;
        }

        if (HasMeasureNamed(created.Value.Name, except: null))
        {
            return DuplicateMeasure(created.Value.Name);
        }

        _outputMeasures.Add(created.Value);
        return created;
    }

    /// <summary>Changes a measure's kind, name or unit; its recorded values must still fit the new unit.</summary>
    public Result<OutputMeasure> ChangeOutputMeasure(OutputMeasure measure, OutputKind kind, string? name, OutputUnit unit, string? unitLabel)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (!_outputMeasures.Contains(measure))
        {
            throw new ArgumentException("The measure belongs to another project.", nameof(measure));
        }

        var checkedName = TextRules.Required(name, OutputMeasure.NameMaxLength, "output.name", "de naam van de prestatie", "name");
        if (checkedName.IsSuccess && HasMeasureNamed(checkedName.Value, except: measure))
        {
            return DuplicateMeasure(checkedName.Value);
        }

        return measure.Change(kind, name, unit, unitLabel);
    }

    public bool RemoveOutputMeasure(OutputMeasure measure) => _outputMeasures.Remove(measure);

    /// <summary>Links an outcome indicator the project aims to move; each indicator once.</summary>
    public Result<ProjectIndicator> LinkIndicator(int indicatorId)
    {
        if (indicatorId <= 0)
        {
            return Result<ProjectIndicator>.Failure(
                "project.indicator.invalid",
                string.Create(CultureInfo.InvariantCulture, $"Indicator {indicatorId} bestaat niet."),
                "indicator",
                indicatorId);
        }

        if (_indicators.Any(i => i.IndicatorId == indicatorId))
        {
            return Result<ProjectIndicator>.Failure(
                "project.indicator.duplicate",
                "Deze indicator is al aan het project gekoppeld.",
                "indicator");
        }

        var link = new ProjectIndicator(indicatorId);
        _indicators.Add(link);
        return link;
    }

    public bool UnlinkIndicator(int indicatorId) => _indicators.RemoveAll(i => i.IndicatorId == indicatorId) > 0;

    /// <summary>Adds a funding line; see <see cref="FundingLine"/> for what is allowed.</summary>
    public Result<FundingLine> AddFundingLine(Funder funder, string? funderName, int year, decimal budget, decimal committed, decimal spent)
    {
        var created = FundingLine.Create(funder, funderName, year, budget, committed, spent);
        if (created.IsSuccess)
        {
            _fundingLines.Add(created.Value);
        }

        return created;
    }

    public bool RemoveFundingLine(FundingLine line) => _fundingLines.Remove(line);

    private Result<Project> Apply(ProgrammeScope programme, ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var focusAreaCode = details.FocusAreaCode?.Trim() ?? string.Empty;
        if (programme.RefuseFocusArea(details.FocusAreaCode, "project") is { } unknownArea)
        {
            return unknownArea;
        }

        var title = TextRules.Required(details.Title, TitleMaxLength, "project.title", "de titel", "title");
        if (!title.IsSuccess)
        {
            return title.Error!;
        }

        var pillars = (details.Pillars ?? []).Distinct().Order().ToList();
        if (pillars.Count == 0)
        {
            return Result<Project>.Failure("project.pillars.required", "Kies ten minste één pijler.", "pillars");
        }

        var unknown = pillars.Where(n => !programme.PillarNumbers.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            return Result<Project>.Failure(
                "project.pillars.unknown",
                string.Create(CultureInfo.InvariantCulture, $"Pijler {string.Join(", ", unknown)} bestaat niet in {programme.Name}."),
                "pillars",
                string.Join(", ", unknown),
                programme.Name);
        }

        var owner = TextRules.Optional(details.OwnerOrganisation, OwnerOrganisationMaxLength, "project.owner", "de eigenaar (organisatie)", "ownerOrganisation");
        if (!owner.IsSuccess)
        {
            return owner.Error!;
        }

        if (details.StartDate.HasValue && details.EndDate < details.StartDate)
        {
            return EndBeforeStart(details.StartDate.Value, details.EndDate.Value);
        }

        // The transitions set these dates; an edit must not take away a known date the status stands on. A date
        // that was never known (a project reported running or completed without one) may stay unknown: "datum
        // onbekend" is honest, an invented date is not. A stopped project may never have started, so only its end
        // date counts.
        if (Status is ProjectStatus.Running or ProjectStatus.Completed && StartDate.HasValue && !details.StartDate.HasValue)
        {
            return Result<Project>.Failure("project.start.required", "Een lopend of afgerond project heeft een startdatum.", "startDate");
        }

        if (Status is ProjectStatus.Completed or ProjectStatus.Stopped && EndDate.HasValue && !details.EndDate.HasValue)
        {
            return Result<Project>.Failure("project.end.required", "Een afgerond of gestopt project heeft een einddatum.", "endDate");
        }

        var description = TextRules.OptionalRaw(details.Description, DescriptionMaxLength, "project.description", "de beschrijving", "description");
        if (!description.IsSuccess)
        {
            return description.Error!;
        }

        var placeName = TextRules.Optional(details.MeetingPlaceName, MeetingPlaceNameMaxLength, "project.meeting_place.name", "de naam van de ontmoetingsplek", "meetingPlaceName");
        if (!placeName.IsSuccess)
        {
            return placeName.Error!;
        }

        var placeAddress = TextRules.Optional(details.MeetingPlaceAddress, MeetingPlaceAddressMaxLength, "project.meeting_place.address", "het adres van de ontmoetingsplek", "meetingPlaceAddress");
        if (!placeAddress.IsSuccess)
        {
            return placeAddress.Error!;
        }

        if (details.MeetingPlaceId is null && placeAddress.Value is not null && placeName.Value is null)
        {
            return Result<Project>.Failure(
                "project.meeting_place.name.required",
                "Vul ook de naam van de ontmoetingsplek in, niet alleen het adres.",
                "meetingPlaceName");
        }

        if (details.MeetingPlaceId is <= 0)
        {
            return Result<Project>.Failure("project.meeting_place.id.invalid", "Kies de ontmoetingsplek uit het register.", "meetingPlaceId", details.MeetingPlaceId);
        }

        FocusAreaCode = focusAreaCode;
        Title = title.Value;
        OwnerOrganisation = owner.Value;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Description = description.Value;
        MeetingPlaceId = details.MeetingPlaceId;
        MeetingPlaceName = details.MeetingPlaceId is null ? placeName.Value : null;
        MeetingPlaceAddress = details.MeetingPlaceId is null ? placeAddress.Value : null;
        _pillars.RemoveAll(p => !pillars.Contains(p.Number));
        _pillars.AddRange(pillars.Where(n => _pillars.All(p => p.Number != n)).Select(n => new ProjectPillar(n)));
        return this;
    }

    private bool HasMeasureNamed(string name, OutputMeasure? except) =>
        _outputMeasures.Any(m => !ReferenceEquals(m, except) && string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    private static DomainError DuplicateMeasure(string name) =>
        new("output.name.duplicate", $"Het project heeft al een prestatie met de naam '{name}'.", "name", name);

    private DomainError Transition(string action, string required) =>
        new("project.status.transition", $"Alleen een {required} project kun je {action}; dit project is {StatusText(Status)}.", "status");

    private static DomainError? InFuture(DateOnly date, DateOnly today, string label, string field) =>
        date > today
            ? new DomainError(
                "project.date.in_future",
                string.Create(CultureInfo.InvariantCulture, $"De {label} {date:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."),
                field,
                date,
                today)
            : null;

    private static DomainError EndBeforeStart(DateOnly start, DateOnly end) =>
        new(
            "project.end.before_start",
            string.Create(CultureInfo.InvariantCulture, $"De einddatum {end:dd-MM-yyyy} ligt vóór de startdatum {start:dd-MM-yyyy}."),
            "endDate",
            end,
            start);

    private static string StatusText(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => "gepland",
        ProjectStatus.Running => "lopend",
        ProjectStatus.Completed => "afgerond",
        ProjectStatus.Stopped => "gestopt",
        _ => status.ToString(),
    };
}

/// <summary>One pillar a project works on.</summary>
public sealed class ProjectPillar
{
    internal ProjectPillar(int number) => Number = number;

    private ProjectPillar()
    {
    }

    public int Id { get; private set; }

    public int Number { get; private set; }
}

/// <summary>An outcome indicator a project aims to move (a link to <c>Indicator.Id</c>).</summary>
public sealed class ProjectIndicator
{
    internal ProjectIndicator(int indicatorId) => IndicatorId = indicatorId;

    private ProjectIndicator()
    {
    }

    public int Id { get; private set; }

    public int IndicatorId { get; private set; }
}
