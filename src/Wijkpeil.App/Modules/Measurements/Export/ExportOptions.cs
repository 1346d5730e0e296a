using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// Limits and storage of the open-data downloads (section <c>Exports</c>; environment variables
/// <c>Exports__MaxConcurrentPerClient</c> and so on). Checked at start-up.
/// </summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Heavy downloads (<see cref="ExportWeight"/>) one client IP address may have running at once (default 2).</summary>
    public int MaxConcurrentPerClient { get; set; } = 2;

    /// <summary>Heavy downloads read from the database at once, all clients together (default 4).</summary>
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>
    /// Where the pre-built files of the whole data set are kept. Empty: a folder <c>exports</c> beside the SQLite
    /// database (<c>data/exports</c> for the embedded default), or <c>data/exports</c> under the working directory
    /// with PostgreSQL.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>The folder <paramref name="configuration"/> names for <paramref name="database"/>, for hosts without the export services (the CLI).</summary>
    public static string ResolveFolder(IConfiguration configuration, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ExportOptions { Folder = configuration[$"{Section}:{nameof(Folder)}"] }.ResolveFolder(database);
    }

    /// <summary>The folder to use: <see cref="Folder"/>, or the default for the database.</summary>
    public string ResolveFolder(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!string.IsNullOrWhiteSpace(Folder))
        {
            return Path.GetFullPath(Folder);
        }

        if (database.Provider == DatabaseProvider.Sqlite
            && SqliteFile.PathOf(database.ConnectionString) is { } file
            && Path.GetDirectoryName(file) is { } folder)
        {
            return Path.Combine(folder, "exports");
        }

        return Path.GetFullPath(Path.Combine("data", "exports"));
    }
}
