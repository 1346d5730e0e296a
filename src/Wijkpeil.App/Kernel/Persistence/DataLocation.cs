using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>
/// Where Wijkpeil keeps its files when no setting says: the same folder for the web host and the CLI, whatever the
/// working directory. In a source checkout (a folder holding <c>Wijkpeil.slnx</c> lies above the program's own
/// folder, as it does for <c>dotnet run --project src/Wijkpeil.Web</c> and <c>dotnet run --project src/Wijkpeil.Cli</c>)
/// that is <c>data/</c> at the repository root; for an installed program, the user's data folder
/// (<c>~/.local/share/wijkpeil</c> on Linux, <c>%LOCALAPPDATA%\wijkpeil</c> on Windows).
/// </summary>
public static class DataLocation
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFile = "Wijkpeil.slnx";

    /// <summary>
    /// The folder the search for <see cref="SolutionFile"/> starts from instead of <see cref="AppContext.BaseDirectory"/>;
    /// for tests that show two hosts agree without touching the developer's own database.
    /// </summary>
    public const string SearchStartKey = "Database:DefaultLocationSearchStart";

    /// <summary>The default folder for the database and the files beside it (exports, backups, mail pickup).</summary>
    public static string DefaultFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var start = configuration[SearchStartKey];
        return DefaultFolder(string.IsNullOrWhiteSpace(start) ? AppContext.BaseDirectory : start);
    }

    /// <summary>The default folder for a program whose own folder is <paramref name="programFolder"/>.</summary>
    public static string DefaultFolder(string programFolder)
    {
        ArgumentNullException.ThrowIfNull(programFolder);
        for (var directory = new DirectoryInfo(Path.GetFullPath(programFolder)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return Path.Combine(directory.FullName, "data");
            }
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "wijkpeil");
    }

    /// <summary>
    /// The folder of the data: the SQLite file's folder when the database is a SQLite file, else <see cref="DefaultFolder(IConfiguration)"/>.
    /// </summary>
    public static string DataFolder(DatabaseOptions database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider == DatabaseProvider.Sqlite
            && SqliteFile.PathOf(database.ConnectionString) is { } file
            && Path.GetDirectoryName(file) is { } folder
            ? folder
            : DefaultFolder(configuration);
    }
}
