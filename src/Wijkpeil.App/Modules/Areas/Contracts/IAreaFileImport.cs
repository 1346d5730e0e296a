using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Areas.Contracts;

/// <summary>Imports the area register and boundaries from disk, for the host's embedded default data.</summary>
public interface IAreaFileImport
{
    /// <summary>The CBS region list (and, when given, the gemeente–provincie table) into the register.</summary>
    Task<ImportOutcome> ImportRegionsAsync(string regionsCsvPath, string? municipalityProvinceCsvPath, ImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>A GeoJSON file of boundaries, matched to the register by <c>statcode</c>.</summary>
    Task<ImportOutcome> ImportBoundariesAsync(string geoJsonPath, ImportOptions options, CancellationToken cancellationToken = default);
}
