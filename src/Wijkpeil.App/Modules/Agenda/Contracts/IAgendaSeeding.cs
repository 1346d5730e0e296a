using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// The embedded default's way to add an agenda: the Agenda module builds and checks the projects itself (its tables
/// are its own), published and, like the default's programme and catalogue, not written to the audit trail: it is
/// nobody's change.
/// </summary>
public interface IAgendaSeeding
{
    /// <summary>
    /// Adds <paramref name="projects"/>, published, to the programme <paramref name="programmeSlug"/> in one save;
    /// false, adding nothing, when there is no such programme or it has projects already. A project the domain refuses
    /// is a bug in the seed, not a user's error: it throws.
    /// </summary>
    Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<SeedProject> projects, CancellationToken cancellationToken = default);
}

/// <summary>A project of a seeded agenda, with everything dated <paramref name="ReportedOn"/> (the source's date).</summary>
/// <param name="FocusArea">The programme's focus-area code.</param>
/// <param name="Title">The project's title.</param>
/// <param name="Pillars">The pillar numbers it works on.</param>
/// <param name="Owner">Who runs it.</param>
/// <param name="Status">Planned, running or completed (started and completed on <paramref name="ReportedOn"/>).</param>
/// <param name="Description">What it is, in the source's words.</param>
/// <param name="MeetingPlace">The meeting place it is, when it is one.</param>
/// <param name="ReportedOn">The date of the source; the project's "today".</param>
/// <param name="ProgressNote">The one progress update, dated <paramref name="ReportedOn"/>.</param>
public sealed record SeedProject(
    string FocusArea,
    string Title,
    IReadOnlyList<int> Pillars,
    string Owner,
    ProjectStatus Status,
    string Description,
    string? MeetingPlace,
    DateOnly ReportedOn,
    string ProgressNote)
{
    /// <summary>Output measures with one value each.</summary>
    public IReadOnlyList<SeedOutput> Outputs { get; init; } = [];

    /// <summary>Funding lines.</summary>
    public IReadOnlyList<SeedFunding> Funding { get; init; } = [];

    /// <summary>The figures are examples, not the source's: every page showing them says so.</summary>
    public bool IsExampleData { get; init; }
}

/// <summary>An output measure of a <see cref="SeedProject"/> with its value in one period.</summary>
public sealed record SeedOutput(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, string PeriodCode, double? Target, double? Realised);

/// <summary>A funding line of a <see cref="SeedProject"/>, in euros.</summary>
public sealed record SeedFunding(Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);
