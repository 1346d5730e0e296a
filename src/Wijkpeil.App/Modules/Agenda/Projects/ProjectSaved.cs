namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>What a successful write use case of project handler reports.</summary>
/// <param name="ProjectId">The project's id (also of a newly created one).</param>
/// <param name="ItemId">The id of a newly added child (progress update, output measure, funding line), if any.</param>
public sealed record ProjectSaved(int ProjectId, int? ItemId = null);
