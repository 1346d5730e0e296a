using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// Agendas that come with Wijkpeil rather than from a person: the embedded default's agenda from the programme's own
/// documents, and the optional example projects (<c>wijkpeil demo load</c>). The Agenda module builds and checks the
/// projects itself (its tables are its own).
/// </summary>
public interface IAgendaSeeding
{
    /// <summary>
    /// Adds <paramref name="projects"/>, published and not marked as examples, to the programme
    /// <paramref name="programmeSlug"/> in one save; false, adding nothing, when there is no such programme or it has
    /// projects already. Like the default's programme and catalogue it is not written to the audit trail: it is
    /// nobody's change. A project the domain refuses is a bug in the seed, not a user's error: it throws.
    /// </summary>
    Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<SeedProject> projects, CancellationToken cancellationToken = default);

    /// <summary>How many example projects the programme has; null when there is no such programme.</summary>
    Task<int?> CountExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="projects"/> to the programme, published and marked as example data
    /// (<see cref="Project.IsExampleData"/>), each with an audit entry, in one transaction; returns how many were
    /// added, or null when there is no such programme. The caller decides whether examples already there are a reason
    /// to stop (<see cref="CountExamplesAsync"/>). A project the domain refuses is a bug in the set: it throws.
    /// </summary>
    Task<int?> AddExamplesAsync(string programmeSlug, IReadOnlyList<SeedProject> projects, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every project of the programme marked as example data, each with an audit entry, in one save; returns
    /// how many, or null when there is no such programme. Projects of the programme's own documents and people's
    /// projects are never marked, so they stay.
    /// </summary>
    Task<int?> RemoveExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default);
}

/// <summary>A project of a seeded agenda: what its source says, and nothing it does not.</summary>
/// <param name="FocusArea">The programme's focus-area code.</param>
/// <param name="Title">The project's title.</param>
/// <param name="Pillars">The pillar numbers it works on.</param>
/// <param name="Owner">Who runs it, when the source says so.</param>
/// <param name="Status">Planned, running or completed.</param>
/// <param name="Description">What it is, in the source's words (Markdown).</param>
/// <param name="MeetingPlace">The meeting place it is, when it is one.</param>
public sealed record SeedProject(
    string FocusArea,
    string Title,
    IReadOnlyList<int> Pillars,
    string? Owner,
    ProjectStatus Status,
    string Description,
    string? MeetingPlace = null)
{
    /// <summary>The (planned or actual) start; null when the source does not give it: pages say "datum onbekend".</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The (planned or actual) end; null when the source does not give it.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Progress reports, each on the date the source gives it.</summary>
    public IReadOnlyList<SeedProgress> Progress { get; init; } = [];

    /// <summary>Output measures with one value each.</summary>
    public IReadOnlyList<SeedOutput> Outputs { get; init; } = [];

    /// <summary>Funding lines.</summary>
    public IReadOnlyList<SeedFunding> Funding { get; init; } = [];
}

/// <summary>A progress report of a <see cref="SeedProject"/>.</summary>
public sealed record SeedProgress(DateOnly Date, string Text, int? PercentComplete);

/// <summary>An output measure of a <see cref="SeedProject"/> with its value in one period.</summary>
public sealed record SeedOutput(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, string PeriodCode, double? Target, double? Realised);

/// <summary>A funding line of a <see cref="SeedProject"/>, in euros.</summary>
public sealed record SeedFunding(Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);
