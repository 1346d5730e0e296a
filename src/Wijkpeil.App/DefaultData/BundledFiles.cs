using System.IO.Compression;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// The open data files shipped with the application (DefaultData/files in the build output). Text files are
/// stored gzip-compressed; they are unpacked into a private temporary folder under their original names,
/// because importers read file names (year, table id) and the OData parser reads metadata beside the data.
/// </summary>
internal sealed class BundledFiles : IDisposable
{
    private const string GzipExtension = ".gz";

    private readonly string _source;
    private readonly string _unpacked;

    private BundledFiles(string source, string unpacked)
    {
        _source = source;
        _unpacked = unpacked;
    }

    /// <summary>The bundle beside the application: web host, CLI and tests all carry it in their output.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "DefaultData", "files");

    /// <summary>Unpacks every .gz file of the bundle; the others are read where they are.</summary>
    public static async Task<BundledFiles> UnpackAsync(string source, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The bundled default data folder '{source}' is missing from the build output (see DefaultData/files in Wijkpeil.App.csproj).");
        }

        var unpacked = Path.Combine(Path.GetTempPath(), "wijkpeil-default-data", Guid.NewGuid().ToString("N"));
        var files = new BundledFiles(source, unpacked);
        try
        {
            foreach (var path in Directory.EnumerateFiles(source, "*" + GzipExtension, SearchOption.AllDirectories))
            {
                var target = Path.Combine(unpacked, Path.GetRelativePath(source, path)[..^GzipExtension.Length]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                await using var output = File.Create(target);
                await input.CopyToAsync(output, cancellationToken);
            }
        }
        catch
        {
            files.Dispose();
            throw;
        }

        return files;
    }

    /// <summary>The readable path of a bundled file, by its original relative name (e.g. "geo/wijk_2024.geojson").</summary>
    public string PathOf(string relative)
    {
        var unpacked = Path.Combine(_unpacked, relative);
        if (File.Exists(unpacked))
        {
            return unpacked;
        }

        var asIs = Path.Combine(_source, relative);
        return File.Exists(asIs)
            ? asIs
            : throw new FileNotFoundException($"The bundled default data file '{relative}' is missing from '{_source}'.", asIs);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_unpacked))
            {
                Directory.Delete(_unpacked, recursive: true);
            }
        }
        catch (IOException)
        {
            // A copy left in the temp folder harms nothing; the OS cleans it.
        }
    }
}
