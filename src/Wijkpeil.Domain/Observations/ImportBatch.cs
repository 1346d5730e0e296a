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

    public const int WithdrawalReasonMaxLength = 1_000;

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
    public Result<ImportBatch> Publish(string reviewer, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        if (Status == ImportBatchStatus.Published)
        {
            return Result<ImportBatch>.Failure("import_batch.already_published", $"Importbatch {Id} is al gepubliceerd.");
        }

        Status = ImportBatchStatus.Published;
        ReviewedBy = reviewer;
        ReviewedAt = at;
        WithdrawalReason = null;
        return this;
    }

    /// <summary>Takes a published batch's figures back from the public, with the reason the programme has to give.</summary>
    public Result<ImportBatch> Withdraw(string reviewer, string? reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        if (Status != ImportBatchStatus.Published)
        {
            return Result<ImportBatch>.Failure("import_batch.not_published", $"Alleen een gepubliceerde importbatch kun je intrekken; batch {Id} is {(Status == ImportBatchStatus.Draft ? "een concept" : "al ingetrokken")}.");
        }

        var checkedReason = TextRules.Required(reason, WithdrawalReasonMaxLength, "import_batch.withdrawal_reason", "de reden van intrekken");
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
}
