using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// The register an import matches a file against and extends, through the modules that own it: Areas (the area
/// register) and Indicators (the catalogue and its source mappings); periods and breakdowns are Measurements' own.
/// The contract services share the request's scoped <see cref="WijkpeilDbContext"/>, so their reads and writes run
/// on the import's connection and inside its transaction.
/// </summary>
public sealed class ImportRegister(
    WijkpeilDbContext db, IAreaRegistration areaWrites, IIndicatorRegistration indicatorWrites, IAreaRegister areas, IIndicatorCatalogue indicators)
{
    /// <summary>Reads and bulk writes of the area register for an import.</summary>
    internal IAreaRegistration AreaWrites => areaWrites;

    /// <summary>Reads and writes of the indicator catalogue for an import.</summary>
    internal IIndicatorRegistration IndicatorWrites => indicatorWrites;

    /// <summary>The area register as queries (codes by id for cache tags, names for a review).</summary>
    internal IAreaRegister Areas => areas;

    /// <summary>The indicator catalogue as queries.</summary>
    internal IIndicatorCatalogue Indicators => indicators;

    /// <summary>A snapshot of the register, read outside any write transaction (see <see cref="Register"/>).</summary>
    internal Task<Register> LoadAsync(CancellationToken cancellationToken) =>
        Register.LoadAsync(db, areaWrites, indicatorWrites, cancellationToken);

    /// <summary>The register's stamp now, on the import's connection and transaction (see <see cref="RegisterStamp"/>).</summary>
    internal Task<RegisterStamp> ReadStampAsync(CancellationToken cancellationToken) =>
        RegisterStamp.ReadAsync(db, areaWrites, indicatorWrites, cancellationToken);
}
