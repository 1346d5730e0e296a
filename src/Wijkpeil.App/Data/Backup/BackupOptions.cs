using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// Backup settings, section <c>Backup</c>: <c>Backup:PostgresBinDirectory</c> (environment variable
/// <c>Backup__PostgresBinDirectory</c>) is the folder with pg_dump, pg_restore and psql; empty means the PATH. Set
/// it when the PATH has older client programs than the server (pg_dump refuses a newer server), for instance
/// <c>/usr/lib/postgresql/16/bin</c> on Debian.
/// </summary>
public sealed record BackupOptions(string? PostgresBinDirectory)
{
    public const string SectionName = "Backup";

    /// <summary>The full configuration key, for messages.</summary>
    public const string PostgresBinDirectoryKey = SectionName + ":PostgresBinDirectory";

    public static BackupOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = configuration[PostgresBinDirectoryKey];
        return new BackupOptions(string.IsNullOrWhiteSpace(folder) ? null : folder.Trim());
    }
}
