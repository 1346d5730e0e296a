using System.Globalization;
using System.Security.Claims;
using Wijkpeil.App.Import;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;

namespace Wijkpeil.App.Modules.Approval;

/// <summary>What the upload form sent; every field may be missing or wrong.</summary>
/// <param name="Length">The file's size in bytes as the request states it.</param>
/// <param name="Year">The period year as typed.</param>
public sealed record UploadRequest(string? Format, string? FileName, long? Length, Stream? Content, string? SourceTable, string? Year);

/// <summary>How an upload ended. Only <see cref="Stored"/> changed the database.</summary>
public enum UploadResultKind
{
    Stored = 0,

    /// <summary>Every value in the file was already stored exactly so: no batch was made.</summary>
    NothingChanged = 1,

    /// <summary>The importer refused the file (see the outcome's issues); nothing was stored.</summary>
    Failed = 2,

    /// <summary>A form field was missing or wrong (see the field errors); the file was not read.</summary>
    Invalid = 3,

    Forbidden = 4,
}

/// <summary>A message for one form field: its id on the page, a text key of <see cref="ImportText"/>, and the values to put in.</summary>
public sealed record UploadFieldError(string Field, string TextKey, params object[] Arguments);

/// <summary>The answer to an upload.</summary>
public sealed record UploadResult(UploadResultKind Kind, ImportOutcome? Outcome, IReadOnlyList<UploadFieldError> FieldErrors)
{
    public static UploadResult Forbidden { get; } = new(UploadResultKind.Forbidden, null, []);
}

/// <summary>
/// An import from the web form: checks the account and the fields, then hands the file to the same atomic
/// <see cref="ObservationImporter"/> the CLI uses. An import lands published only for an account whose imports
/// are published at once (<see cref="WijkpeilPermissions.ImportsArePublished"/>), else as draft for review; an
/// AreaEditor's file may name only the account's own gemeenten (<see cref="WijkpeilPermissions.ImportScope"/>).
/// </summary>
public sealed class ImportUpload(ObservationImporter importer, IEnumerable<IDatasetParser> parsers)
{
    /// <summary>The largest file the form accepts.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>
    /// The request limit of the form's endpoint: the file plus room for the other fields and the multipart
    /// framing, so a file just over <see cref="MaxFileBytes"/> still reaches the page and gets its message.
    /// </summary>
    public const long MaxRequestBytes = MaxFileBytes + (1024 * 1024);

    private const int SourceTableMaxLength = 40;

    private readonly IReadOnlyList<IDatasetParser> _parsers = [.. parsers];

    /// <summary>The formats a file may have, as the CLI names them.</summary>
    public IReadOnlyList<string> Formats => [.. _parsers.Select(p => p.Format)];

    public async Task<UploadResult> ImportAsync(UploadRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!WijkpeilPermissions.CanImport(user) || AuditActor.From(user) is not { } actor)
        {
            return UploadResult.Forbidden;
        }

        var errors = new List<UploadFieldError>();
        var parser = _parsers.FirstOrDefault(p => string.Equals(p.Format, request.Format, StringComparison.Ordinal));
        if (parser is null)
        {
            errors.Add(new UploadFieldError("formaat", "Upload.FormatRequired"));
        }

        if (request.Content is null || string.IsNullOrWhiteSpace(request.FileName))
        {
            errors.Add(new UploadFieldError("bestand", "Upload.FileRequired"));
        }
        else if (request.Length is 0)
        {
            errors.Add(new UploadFieldError("bestand", "Upload.FileEmpty"));
        }
        else if (request.Length > MaxFileBytes)
        {
            errors.Add(new UploadFieldError("bestand", "Upload.FileTooLarge", MaxFileBytes / (1024 * 1024)));
        }

        var table = string.IsNullOrWhiteSpace(request.SourceTable) ? null : request.SourceTable.Trim();
        if (table is not null && (table.Length > SourceTableMaxLength || !table.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new UploadFieldError("tabel", "Upload.TableInvalid", SourceTableMaxLength));
        }

        int? year = null;
        if (!string.IsNullOrWhiteSpace(request.Year))
        {
            if (int.TryParse(request.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
            {
                year = y;
            }
            else
            {
                errors.Add(new UploadFieldError("jaar", "Upload.YearInvalid"));
            }
        }

        if (errors.Count > 0)
        {
            return new UploadResult(UploadResultKind.Invalid, null, errors);
        }

        // Browsers send the name only, but some send a whole client path: provenance keeps the name.
        var fileName = Path.GetFileName(request.FileName!.Replace('\\', '/'));
        var options = new ImportOptions(
            Publish: WijkpeilPermissions.ImportsArePublished(user),
            SourceTable: table,
            Year: year,
            ImportedBy: actor.Name,
            Gemeenten: WijkpeilPermissions.ImportScope(user));
        var outcome = await importer.ImportAsync(parser!, request.Content!, fileName, options, ct);
        var kind = !outcome.Succeeded ? UploadResultKind.Failed
            : outcome.NothingChanged ? UploadResultKind.NothingChanged
            : UploadResultKind.Stored;
        return new UploadResult(kind, outcome, []);
    }
}
