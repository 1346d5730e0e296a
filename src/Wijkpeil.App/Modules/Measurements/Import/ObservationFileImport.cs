using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Measurements.Import;

internal sealed class ObservationFileImport(ObservationImporter importer, IEnumerable<IDatasetParser> parsers) : IObservationFileImport
{
    public async Task<IReadOnlyList<ImportOutcome>?> ImportFilesAsync(string format, IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken = default) =>
        parsers.FirstOrDefault(p => p.Format == format) is { } parser
            ? await importer.ImportFilesAsync(parser, paths, options, cancellationToken)
            : null;
}
