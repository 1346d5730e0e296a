namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>What the user asked for with an import.</summary>
/// <param name="Publish">Store the figures as published (public) instead of draft.</param>
/// <param name="SourceTable">The source table id (e.g. 50090NED) when the file does not say it.</param>
/// <param name="Year">The period year when the file does not say it (kwb files).</param>
/// <param name="ImportedBy">Who imports, for provenance.</param>
/// <param name="SourceDirectory">
/// The folder the file was read from, when it came from disk (set by the importer that opened it):
/// formats with metadata beside the data (OData DataProperties.json, TableInfos.json) read it from there.
/// Null for uploads.
/// </param>
/// <param name="Gemeenten">
/// When set, the only gemeenten (GMnnnn) whose areas the file may name: the gemeenten of an AreaEditor, who may
/// bring in figures about them and their wijken and buurten only. Null: any area (everyone else, and the CLI).
/// </param>
public sealed record ImportOptions(bool Publish = false, string? SourceTable = null, int? Year = null, string ImportedBy = "onbekend", string? SourceDirectory = null, IReadOnlySet<string>? Gemeenten = null);
