using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Observations;

/// <summary>The provenance of a set of observations: one import of one file.</summary>
public sealed class ImportBatch
{
    public ImportBatch(string format, string fileName, string fileSha256, string? sourceTable, string importedBy, DateTimeOffset importedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        Format = format;
        FileName = fileName;
        FileSha256 = fileSha256;
        SourceTable = sourceTable;
        ImportedBy = string.IsNullOrWhiteSpace(importedBy) ? "onbekend" : importedBy;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }

    /// <summary>The importer that read the file: statline, kwb, odata, observations, ...</summary>
    public string Format { get; private set; }

    public string FileName { get; private set; }

    public string FileSha256 { get; private set; }

    /// <summary>The source table id such as 50090NED, when known.</summary>
    public string? SourceTable { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Whether the batch's figures are public: draft until reviewed, published, or withdrawn.</summary>
    public ImportBatchStatus Status { get; private set; }

    /// <summary>Who published or withdrew the batch (an e-mail address or the tool); null while draft.</summary>
    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why published figures were taken back; set only while withdrawn.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>Why a knowledge partner turned the draft down; set only when rejected.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>
    /// What the reviewer wrote when publishing the batch without confirming each figure the review flagged; null when
    /// every flagged figure was confirmed one by one (or none was flagged).
    /// </summary>
    public string? PublicationNote { get; private set; }

    /// <summary>Set while withdrawn: how many of its figures show the value published before the batch again.</summary>
    public int? RestoredOnWithdrawal { get; private set; }

    /// <summary>Set while withdrawn: how many of its figures it had published first, and so are no longer public.</summary>
    public int? RemovedOnWithdrawal { get; private set; }

    /// <summary>
    /// The CBS layout year of the file's area codes, when known: publishing a draft replays its pending values
    /// and records this year with the areas they use, as an import that publishes at once does.
    /// </summary>
    public int? LayoutYear { get; private set; }

    /// <summary>
    /// Whether measure keys the catalogue does not know may become new indicators (statistical tables) or must be
    /// existing indicator codes (the generic format); replaying pending values resolves them the same way.
    /// </summary>
    public bool MayCreateIndicators { get; private set; } = true;

    public const int WithdrawalReasonMaxLength = 1_000;

    public const int RejectionReasonMaxLength = 1_000;

    public const int PublicationNoteMaxLength = 2_000;

    /// <summary>Records what publishing this batch's pending values later needs to know about the file.</summary>
    public void DescribeContent(int? layoutYear, bool mayCreateIndicators)
    {
        LayoutYear = layoutYear;
        MayCreateIndicators = mayCreateIndicators;
    }

    public void RecordCounts(int added, int changed, int unchanged)
    {
        Added = added;
        Changed = changed;
        Unchanged = unchanged;
    }

    /// <summary>
    /// Publishes a draft batch, or a withdrawn one again (a withdrawal made by mistake must be correctable;
    /// the audit trail keeps both steps). The caller publishes the figures themselves.
    /// </summary>
    /// <param name="note">
    /// Why the batch is published although not every figure its review flagged was confirmed; optional (the caller
    /// decides whether one is needed), at most <see cref="PublicationNoteMaxLength"/> characters.
    /// </param>
    public Result<ImportBatch> Publish(string reviewer, DateTimeOffset at, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        if (Status == ImportBatchStatus.Published)
        {
            return Result<ImportBatch>.Failure("import_batch.already_published", $"Importbatch {Id} is al gepubliceerd.", null, Id);
        }

        if (Status == ImportBatchStatus.Rejected)
        {
            return Result<ImportBatch>.Failure("import_batch.rejected", $"Importbatch {Id} is verworpen: de cijfers zijn weggegooid. Lees het bestand opnieuw in om ze alsnog te laten beoordelen.", null, Id);
        }

        var checkedNote = TextRules.Optional(note, PublicationNoteMaxLength, "import_batch.publication_note", "de toelichting", "note");
        if (!checkedNote.IsSuccess)
        {
            return checkedNote.Error!;
        }

        Status = ImportBatchStatus.Published;
        ReviewedBy = reviewer;
        ReviewedAt = at;
        WithdrawalReason = null;
        RestoredOnWithdrawal = null;
        RemovedOnWithdrawal = null;
        PublicationNote = checkedNote.Value;
        return this;
    }

    /// <summary>Takes a published batch's figures back from the public, with the reason the programme has to give.</summary>
    public Result<ImportBatch> Withdraw(string reviewer, string? reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        if (Status != ImportBatchStatus.Published)
        {
            return Result<ImportBatch>.Failure("import_batch.not_published", $"Alleen een gepubliceerde importbatch kun je intrekken; batch {Id} is {Describe(Status)}.", null, Id);
        }

        var checkedReason = TextRules.Required(reason, WithdrawalReasonMaxLength, "import_batch.withdrawal_reason", "de reden van intrekken", "reason");
        if (!checkedReason.IsSuccess)
        {
            return checkedReason.Error!;
        }

        Status = ImportBatchStatus.Withdrawn;
        ReviewedBy = reviewer;
        ReviewedAt = at;
        WithdrawalReason = checkedReason.Value;
        return this;
    }

    /// <summary>Records, after <see cref="Withdraw"/>, what became of the batch's public figures.</summary>
    public void RecordWithdrawal(int restored, int removed)
    {
        if (Status != ImportBatchStatus.Withdrawn)
        {
            throw new InvalidOperationException("Only a withdrawn batch records what its withdrawal did.");
        }

        RestoredOnWithdrawal = restored;
        RemovedOnWithdrawal = removed;
    }

    /// <summary>
    /// Turns a draft down with the reason the importer is told: the caller discards its pending values. The batch
    /// stays, rejected, as the record that the file was read and refused.
    /// </summary>
    public Result<ImportBatch> Reject(string reviewer, string? reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        if (Status != ImportBatchStatus.Draft)
        {
            return Result<ImportBatch>.Failure("import_batch.not_draft", $"Alleen een concept kun je verwerpen; batch {Id} is {Describe(Status)}.", null, Id);
        }

        var checkedReason = TextRules.Required(reason, RejectionReasonMaxLength, "import_batch.rejection_reason", "de reden van verwerpen", "reason");
        if (!checkedReason.IsSuccess)
        {
            return checkedReason.Error!;
        }

        Status = ImportBatchStatus.Rejected;
        ReviewedBy = reviewer;
        ReviewedAt = at;
        RejectionReason = checkedReason.Value;
        return this;
    }

    private static string Describe(ImportBatchStatus status) => status switch
    {
        ImportBatchStatus.Draft => "een concept",
        ImportBatchStatus.Published => "gepubliceerd",
        ImportBatchStatus.Withdrawn => "al ingetrokken",
        _ => "verworpen",
    };
}
