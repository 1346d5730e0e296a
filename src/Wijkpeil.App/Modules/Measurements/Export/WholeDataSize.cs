using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>How much "all figures" is, for the question /data asks before sending it.</summary>
/// <param name="Rows">The published figures (one row each).</param>
/// <param name="Bytes">The file's size: exact when the whole-data file is written, else estimated from the rows.</param>
/// <param name="Exact">Whether <see cref="Bytes"/> is the written file's size.</param>
public sealed record WholeDataEstimate(long Rows, long Bytes, bool Exact);

/// <summary>
/// Counts the whole published data set cheaply: one COUNT per data version (<see cref="PublishedDataVersion"/>), kept
/// until the version changes; the size is that of the written file (<see cref="FullDataExport"/>) where there is one,
/// otherwise the rows times the bytes a row takes in the format, as measured on the embedded default (1,517,778 rows:
/// CSV 87 MB, XLSX 26.9 MB, JSON 515 MB).
/// </summary>
public sealed class WholeDataSize(IServiceScopeFactory scopes, PublishedDataVersion dataVersion, FullDataExport files)
{
    private (string Version, long Rows)? _counted;

    /// <summary>Bytes per row of each format on the embedded default, for the estimate before the file exists.</summary>
    public static double BytesPerRow(ExportFormat format) => format switch
    {
        ExportFormat.Csv => 57.3,
        ExportFormat.Xlsx => 17.8,
        _ => 339.4,
    };

    public async Task<WholeDataEstimate> EstimateAsync(ExportFormat format, CancellationToken ct)
    {
        var version = await dataVersion.GetAsync(ct);
        if (_counted is not { } counted || counted.Version != version)
        {
            await using var scope = scopes.CreateAsyncScope();
            var reader = scope.ServiceProvider.GetRequiredService<IObservationReader>();
            counted = (version, await reader.Figures(Audience.Public).LongCountAsync(ct));
            _counted = counted;
        }

        var written = await files.WrittenSizeAsync(format, ct);
        return new WholeDataEstimate(counted.Rows, written ?? (long)(counted.Rows * BytesPerRow(format)), written is not null);
    }
}
