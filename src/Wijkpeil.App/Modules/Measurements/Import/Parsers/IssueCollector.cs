using System.Globalization;
using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Gathers the problems of one file. A user fixing a file wants to see all of them at once, not one per
/// attempt; past <see cref="Limit"/> the rest is noise, so the parser stops checking and says so.
/// </summary>
internal sealed class IssueCollector(string fileName)
{
    public const int Limit = 50;

    private readonly List<ImportIssue> _issues = [];

    public string FileName { get; } = fileName;

    public bool HasIssues => _issues.Count > 0;

    /// <summary>True once <see cref="Limit"/> issues are in: the parser may stop reading.</summary>
    public bool IsFull => _issues.Count >= Limit;

    public void Add(int? row, string? column, string? value, string expected)
    {
        if (_issues.Count < Limit)
        {
            _issues.Add(new ImportIssue(FileName, row, column, value, expected));
        }
    }

    /// <summary>
    /// A file a reader could not read: what the reader said precisely (a limit, a malformed reference, a
    /// byte that is not UTF-8, with its row or column) or else <paramref name="unreadable"/>.
    /// </summary>
    public void AddUnreadable(InvalidDataException exception, int? row, string unreadable)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (InputRefusedException.Find(exception) is { } refused)
        {
            Add(refused.Row ?? row, refused.Column, null, refused.Reason);
        }
        else
        {
            Add(row, null, null, unreadable);
        }
    }

    /// <summary>The issues found, with a closing note when the limit cut the check short.</summary>
    public IReadOnlyList<ImportIssue> ToList()
    {
        if (!IsFull)
        {
            return [.. _issues];
        }

        return
        [
            .. _issues,
            new ImportIssue(
                FileName,
                null,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"na {Limit} fouten is het bestand niet verder gecontroleerd; herstel deze eerst en lees het opnieuw in.")),
        ];
    }
}
