using System.Globalization;
using System.Security.Claims;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements.Import;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>What the upload form sent; every field may be missing or wrong.</summary>
/// <param name="Length">The file's size in bytes as the request states it.</param>
/// <param name="Year">The period year as typed.</param>
public sealed record UploadRequest(string? Format, string? FileName, long? Length, Stream? Content, string? SourceTable, string? Year);

/// <summary>
/// An import from the web form: checks the account and the fields, then hands the file to the same atomic
/// <see cref="ObservationImporter"/> the CLI uses. Every upload lands as a draft, a knowledge partner's own too: its
/// review (changes, flagged figures) is to be seen before anything goes public, and publishing is then one step on
/// the review page (<see cref="ImportReview.PublishAsync"/>). An AreaEditor's file may name only the account's own
/// gemeenten (<see cref="WijkpeilPermissions.ImportScope"/>).
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

    /// <summary>
    /// The importer's outcome (stored, nothing changed, or the file refused with its issues), or the problems that kept
    /// the file from being read: forbidden, or fields <c>format</c>, <c>file</c>, <c>sourceTable</c>, <c>year</c>.
    /// </summary>
    public async Task<Outcome<ImportOutcome>> ImportAsync(UploadRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!WijkpeilPermissions.CanImport(user) || AuditActor.From(user) is not { } actor)
        {
            return Problem.Forbidden("import.upload.forbidden");
        }

        var errors = new List<Problem>();
        var parser = _parsers.FirstOrDefault(p => string.Equals(p.Format, request.Format, StringComparison.Ordinal));
        if (parser is null)
        {
            errors.Add(Problem.Invalid("format", "import.upload.format.required"));
        }

        if (request.Content is null || string.IsNullOrWhiteSpace(request.FileName))
        {
            errors.Add(Problem.Invalid("file", "import.upload.file.required"));
        }
        else if (request.Length is 0)
        {
            errors.Add(Problem.Invalid("file", "import.upload.file.empty"));
        }
        else if (request.Length > MaxFileBytes)
        {
            errors.Add(Problem.Invalid("file", "import.upload.file.too_large", MaxFileBytes / (1024 * 1024)));
        }

        var table = string.IsNullOrWhiteSpace(request.SourceTable) ? null : request.SourceTable.Trim();
        if (table is not null && (table.Length > SourceTableMaxLength || !table.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(Problem.Invalid("sourceTable", "import.upload.table.invalid", SourceTableMaxLength));
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
                errors.Add(Problem.Invalid("year", "import.upload.year.invalid"));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<ImportOutcome>.Failure(errors);
        }

        // Browsers send the name only, but some send a whole client path: provenance keeps the name.
        var fileName = Path.GetFileName(request.FileName!.Replace('\\', '/'));
        var options = new ImportOptions(
            Publish: false,
            SourceTable: table,
            Year: year,
            ImportedBy: actor.Name,
            Gemeenten: WijkpeilPermissions.ImportScope(user));
        return await importer.ImportAsync(parser!, request.Content!, fileName, options, ct);
    }
}
