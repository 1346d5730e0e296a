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
