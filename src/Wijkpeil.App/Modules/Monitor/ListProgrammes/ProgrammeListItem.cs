namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/programmas" (and "/" when there are several programmes).

/// <summary>A programme in the list of programmes ("/programmas"): its focus areas by name.</summary>
public sealed record ProgrammeListItem(string Slug, string Name, string? Description, IReadOnlyList<string> FocusAreas);
