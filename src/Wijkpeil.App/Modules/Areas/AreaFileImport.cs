using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;

namespace Wijkpeil.App.Modules.Areas;

internal sealed class AreaFileImport(RegionImporter regions, BoundaryImporter boundaries) : IAreaFileImport
{
    public Task<ImportOutcome> ImportRegionsAsync(string regionsCsvPath, string? municipalityProvinceCsvPath, ImportOptions options, CancellationToken cancellationToken = default) =>
        regions.ImportAsync(regionsCsvPath, municipalityProvinceCsvPath, options, cancellationToken);

    public Task<ImportOutcome> ImportBoundariesAsync(string geoJsonPath, ImportOptions options, CancellationToken cancellationToken = default) =>
        boundaries.ImportAsync(geoJsonPath, options, cancellationToken);
}
