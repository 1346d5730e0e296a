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
/// <param name="ReviewBeforePublishing">
/// With <paramref name="Publish"/>: the figures are first put to the import review's outlier rules (the ones the
/// review page shows), and a file with flagged figures is published only with a <paramref name="PublicationNote"/>;
/// without one nothing is stored and the outcome names every flagged figure (<see cref="ImportOutcome.Flagged"/>).
/// The operator's <c>wijkpeil import … --publish</c> sets it. False for a trusted path that publishes without review:
/// the embedded default data, whose files ship with the release.
/// </param>
/// <param name="PublicationNote">
/// Why a file is published although the review flagged figures (the written note of the review page), kept with the
/// batch and in the audit trail.
/// </param>
public sealed record ImportOptions(
    bool Publish = false,
    string? SourceTable = null,
    int? Year = null,
    string ImportedBy = "onbekend",
    string? SourceDirectory = null,
    IReadOnlySet<string>? Gemeenten = null,
    bool ReviewBeforePublishing = false,
    string? PublicationNote = null);
