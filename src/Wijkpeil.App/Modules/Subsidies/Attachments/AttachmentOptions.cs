using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Subsidies.Attachments;

/// <summary>
/// Where applicants' attachments are kept: <c>Subsidies:AttachmentFolder</c> (environment variable
/// <c>Subsidies__AttachmentFolder</c>), default <c>attachments</c> in the data folder (beside the SQLite database).
/// Never below the web root: files there would be served to anyone who guessed a name.
/// </summary>
public sealed record AttachmentOptions
{
    /// <summary>The configuration key of <see cref="Folder"/>.</summary>
    public const string FolderKey = "Subsidies:AttachmentFolder";

    /// <summary>The default folder's name in the data folder.</summary>
    public const string DefaultFolderName = "attachments";

    /// <summary>The options for <paramref name="folder"/>, made absolute; refused when it lies in a <c>wwwroot</c> folder.</summary>
    public AttachmentOptions(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        if (Folder.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]).Any(p => p.Equals("wwwroot", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"{FolderKey} '{Folder}' lies in a wwwroot folder, whose files the web host serves to anyone: choose a folder outside it.");
        }
    }

    /// <summary>The absolute folder the files are written to.</summary>
    public string Folder { get; }

    /// <summary>
    /// The options <paramref name="configuration"/> sets; refused at start-up when the folder lies in
    /// <paramref name="webRootPath"/> (the web host's <c>IWebHostEnvironment.WebRootPath</c>; null for the CLI).
    /// </summary>
    public static AttachmentOptions Read(IConfiguration configuration, DatabaseOptions database, string? webRootPath = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[FolderKey];
        var options = new AttachmentOptions(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(DataLocation.DataFolder(database, configuration), DefaultFolderName)
            : configured.Trim());
        if (!string.IsNullOrWhiteSpace(webRootPath) && IsWithin(options.Folder, Path.GetFullPath(webRootPath)))
        {
            throw new InvalidOperationException($"{FolderKey} '{options.Folder}' lies in the web root '{webRootPath}', whose files the web host serves to anyone: choose a folder outside it.");
        }

        return options;
    }

    private static bool IsWithin(string folder, string root)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative == "." || !(relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
