using System.Globalization;

namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>What an import did.</summary>
public sealed record ImportOutcome
{
    public required bool Succeeded { get; init; }

    /// <summary>True when the file held nothing new: the database was left as it was.</summary>
    public bool NothingChanged { get; init; }

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Unchanged { get; init; }

    public int AreasAdded { get; init; }

    public int IndicatorsAdded { get; init; }

    public int? BatchId { get; init; }

    public IReadOnlyList<ImportIssue> Issues { get; init; } = [];

    /// <summary>
    /// How many figures the import review flagged when publishing at import was asked to review them
    /// (<see cref="ImportOptions.ReviewBeforePublishing"/>). A refusal with a count above zero was refused for them
    /// alone: <see cref="Issues"/> names each (the first ones, when there are very many).
    /// </summary>
    public int Flagged { get; init; }

    /// <summary>A one-line Dutch summary for people.</summary>
    public required string Message { get; init; }

    public static ImportOutcome Failed(IReadOnlyList<ImportIssue> issues)
    {
        var first = issues.Count > 0 ? issues[0].ToString() : "onbekende fout";
        var more = issues.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (en {issues.Count - 1} andere fout(en))") : string.Empty;
        return new ImportOutcome
        {
            Succeeded = false,
            Issues = issues,
            Message = $"Import afgebroken, er is niets opgeslagen. {first}{more}",
        };
    }
}
