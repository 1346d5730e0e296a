using System.Diagnostics.CodeAnalysis;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// Writes observations as open data: CSV in the generic long format, JSON, or XLSX. Records are written
/// as they stream in, in chunks of tens of kilobytes, so an export of a whole table never sits in memory
/// and its first bytes leave while the database is still being read (XLSX too: its zip is written entry by
/// entry, see <see cref="ObservationXlsx"/>).
/// </summary>
public sealed class ObservationExportWriter
{
    /// <summary>Writes all <paramref name="records"/> to <paramref name="output"/>, which is left open.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An injected service: callers depend on the instance, so it can gain settings without changing them.")]
    public Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, ExportFormat format, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        return format switch
        {
            ExportFormat.Csv => ObservationCsv.WriteAsync(records, output, ct),
            ExportFormat.Json => ObservationJson.WriteAsync(records, output, ct),
            ExportFormat.Xlsx => ObservationXlsx.WriteAsync(records, output, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Onbekend exportformaat."),
        };
    }
}
