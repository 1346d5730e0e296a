using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// What other modules may read of projects to name or link them (a story's project): who they are, not what they hold.
/// Whether a reader may see a draft's title is the reader's <see cref="Accounts.Contracts.Audience"/> to decide with
/// <see cref="ProjectEntry.IsPublished"/>.
/// </summary>
public interface IProjectDirectory
{
    /// <summary>Every project, as a query the caller filters and joins into its own SQL command.</summary>
    IQueryable<ProjectEntry> Projects { get; }

    /// <summary>
    /// Every project with what it plans (status, period, description), as a query: for readers that compare plans
    /// across programmes (the meekoppelkansen register's overlap flag and yearly round).
    /// </summary>
    IQueryable<ProjectPlan> Plans { get; }
}

/// <summary>A project in the <see cref="IProjectDirectory"/>.</summary>
public sealed record ProjectEntry
{
    /// <summary>The project's id (its page is <c>/agenda/{id}</c>).</summary>
    public required int Id { get; init; }

    /// <summary>The programme it belongs to.</summary>
    public required int ProgrammeId { get; init; }

    /// <summary>The programme's focus-area code.</summary>
    public required string FocusAreaCode { get; init; }

    /// <summary>The project's title.</summary>
    public required string Title { get; init; }

    /// <summary>Anonymous visitors see it.</summary>
    public required bool IsPublished { get; init; }

    /// <summary>The meeting place in the register where residents find the project, or null.</summary>
    public int? MeetingPlaceId { get; init; }
}

/// <summary>A project's plan in the <see cref="IProjectDirectory"/>: what it is about and when it runs.</summary>
public sealed record ProjectPlan
{
    /// <summary>The project's id (its page is <c>/agenda/{id}</c>).</summary>
    public required int Id { get; init; }

    /// <summary>The programme it belongs to.</summary>
    public required int ProgrammeId { get; init; }

    /// <summary>The programme's focus-area code.</summary>
    public required string FocusAreaCode { get; init; }

    /// <summary>The project's title.</summary>
    public required string Title { get; init; }

    /// <summary>Its description (Markdown), when it has one.</summary>
    public required string? Description { get; init; }

    /// <summary>Planned, running, completed or stopped.</summary>
    public required ProjectStatus Status { get; init; }

    /// <summary>Planned or actual start, when known.</summary>
    public required DateOnly? StartDate { get; init; }

    /// <summary>Planned or actual end, when known.</summary>
    public required DateOnly? EndDate { get; init; }
}
