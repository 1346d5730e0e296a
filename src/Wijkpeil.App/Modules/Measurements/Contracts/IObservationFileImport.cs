using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Measurements.Contracts;

/// <summary>Imports figure files from disk, for the host's embedded default data.</summary>
public interface IObservationFileImport
{
    /// <summary>
    /// Imports <paramref name="paths"/>, all in <paramref name="format"/> (one of <see cref="ObservationFormats"/>), as one
    /// multi-file import: the next file is parsed while the previous one is stored, and the import stops at the first
    /// file that fails (its outcome is the last). Null when no parser reads <paramref name="format"/>.
    /// </summary>
    Task<IReadOnlyList<ImportOutcome>?> ImportFilesAsync(string format, IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken = default);
}

/// <summary>The names of the figure file formats, as users type them: <c>wijkpeil import &lt;format&gt;</c>.</summary>
public static class ObservationFormats
{
    /// <summary>A StatLine Excel download (RIVM, CBS).</summary>
    public const string StatLine = "statline";

    /// <summary>CBS Kerncijfers wijken en buurten (Excel).</summary>
    public const string Kwb = "kwb";

    /// <summary>A StatLine CSV download.</summary>
    public const string StatLineCsv = "statline-csv";

    /// <summary>A CBS OData table with its metadata files beside it.</summary>
    public const string OData = "odata";

    /// <summary>Wijkpeil's own generic CSV format.</summary>
    public const string Observations = "observations";
}
