using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

public sealed class ImportBatchReviewTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ReviewedAt = new(2026, 11, 3, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void New_Batch_IsDraftAndUnreviewed()
    {
        var batch = NewBatch();

        Assert.Equal(ImportBatchStatus.Draft, batch.Status);
        Assert.Null(batch.ReviewedBy);
        Assert.Null(batch.ReviewedAt);
    }

    [Fact]
    public void Publish_Draft_RecordsReviewer()
    {
        var batch = NewBatch();

        var result = batch.Publish("kennispartner@example.nl", ReviewedAt);

        Assert.True(result.IsSuccess);
        Assert.Equal((ImportBatchStatus.Published, "kennispartner@example.nl", ReviewedAt), (batch.Status, batch.ReviewedBy, batch.ReviewedAt));
    }

    [Fact]
    public void Publish_WithANoteTooLong_IsRefusedAndStaysDraft()
    {
        var batch = NewBatch();

        var result = batch.Publish("a@example.nl", ReviewedAt, new string('x', ImportBatch.PublicationNoteMaxLength + 1));

        Assert.Equal(("import_batch.publication_note.too_long", "note"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal((ImportBatchStatus.Draft, null), (batch.Status, batch.PublicationNote));
    }

    [Fact]
    public void Publish_AfterAWithdrawal_KeepsTheNoteAndForgetsWhatTheWithdrawalDid()
    {
        var batch = NewBatch();
        batch.Publish("a@example.nl", ReviewedAt);
        batch.Withdraw("a@example.nl", "Verkeerd bestand.", ReviewedAt.AddHours(1));
        batch.RecordWithdrawal(restored: 3, removed: 2);
        var withdrawn = (batch.RestoredOnWithdrawal, batch.RemovedOnWithdrawal);

        batch.Publish("b@example.nl", ReviewedAt.AddHours(2), "  Nagevraagd: klopt.  ");

        Assert.Equal(((int?)3, (int?)2), withdrawn);
        Assert.Equal(("Nagevraagd: klopt.", null, null), (batch.PublicationNote, batch.RestoredOnWithdrawal, batch.RemovedOnWithdrawal));
    }

    [Fact]
    public void Publish_AlreadyPublished_IsRefused()
    {
        var batch = NewBatch();
        batch.Publish("a@example.nl", ReviewedAt);

        var result = batch.Publish("b@example.nl", ReviewedAt.AddHours(1));

        Assert.Equal("import_batch.already_published", result.Error?.Code);
        Assert.Equal("a@example.nl", batch.ReviewedBy);
    }

    [Fact]
    public void Withdraw_Published_KeepsTheReason()
    {
        var batch = NewBatch();
        batch.Publish("a@example.nl", ReviewedAt);

        var result = batch.Withdraw("b@example.nl", "  Verkeerde tabel ingelezen (65+ in plaats van 18+).  ", ReviewedAt.AddDays(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(ImportBatchStatus.Withdrawn, batch.Status);
        Assert.Equal("Verkeerde tabel ingelezen (65+ in plaats van 18+).", batch.WithdrawalReason);
        Assert.Equal("b@example.nl", batch.ReviewedBy);
    }

    [Fact]
    public void Withdraw_WithoutReason_ChangesNothing()
    {
        var batch = NewBatch();
        batch.Publish("a@example.nl", ReviewedAt);

        var result = batch.Withdraw("b@example.nl", " ", ReviewedAt.AddDays(1));

        Assert.Equal("import_batch.withdrawal_reason.required", result.Error?.Code);
        Assert.Equal((ImportBatchStatus.Published, "a@example.nl"), (batch.Status, batch.ReviewedBy));
    }

    [Fact]
    public void Withdraw_Draft_IsRefused()
    {
        var batch = NewBatch();

        var result = batch.Withdraw("b@example.nl", "fout", ReviewedAt);

        Assert.Equal("import_batch.not_published", result.Error?.Code);
        Assert.Equal(ImportBatchStatus.Draft, batch.Status);
    }

    [Fact]
    public void Publish_Withdrawn_ClearsTheReason()
    {
        var batch = NewBatch();
        batch.Publish("a@example.nl", ReviewedAt);
        batch.Withdraw("b@example.nl", "fout", ReviewedAt.AddDays(1));

        var result = batch.Publish("a@example.nl", ReviewedAt.AddDays(2));

        Assert.True(result.IsSuccess);
        Assert.Equal(ImportBatchStatus.Published, batch.Status);
        Assert.Null(batch.WithdrawalReason);
    }

    [Fact]
    public void Reject_Draft_KeepsTheReasonAndTheReviewer()
    {
        var batch = NewBatch();

        var result = batch.Reject("kennispartner@example.nl", "  Cijfers van de verkeerde gemeente.  ", ReviewedAt);

        Assert.True(result.IsSuccess);
        Assert.Equal(
            (ImportBatchStatus.Rejected, "Cijfers van de verkeerde gemeente.", "kennispartner@example.nl", ReviewedAt),
            (batch.Status, batch.RejectionReason, batch.ReviewedBy, batch.ReviewedAt));
    }

    [Theory]
    [InlineData(" ", "import_batch.rejection_reason.required")]
    [InlineData(null, "import_batch.rejection_reason.required")]
    public void Reject_WithoutReason_ChangesNothing(string? reason, string code)
    {
        var batch = NewBatch();

        var result = batch.Reject("kennispartner@example.nl", reason, ReviewedAt);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal((ImportBatchStatus.Draft, null), (batch.Status, batch.ReviewedBy));
    }

    [Fact]
    public void Reject_ReasonLongerThanTheLimit_ChangesNothing()
    {
        var batch = NewBatch();

        var result = batch.Reject("kennispartner@example.nl", new string('x', ImportBatch.RejectionReasonMaxLength + 1), ReviewedAt);

        Assert.Equal("import_batch.rejection_reason.too_long", result.Error?.Code);
        Assert.Equal(ImportBatchStatus.Draft, batch.Status);
    }

    [Fact]
    public void Reject_Published_IsRefused()
    {
        var batch = NewBatch();
        batch.Publish("a@example.nl", ReviewedAt);

        var result = batch.Reject("b@example.nl", "fout", ReviewedAt.AddDays(1));

        Assert.Equal("import_batch.not_draft", result.Error?.Code);
        Assert.Equal(ImportBatchStatus.Published, batch.Status);
    }

    [Fact]
    public void Publish_Rejected_IsRefused()
    {
        var batch = NewBatch();
        batch.Reject("a@example.nl", "fout", ReviewedAt);

        var result = batch.Publish("a@example.nl", ReviewedAt.AddDays(1));

        Assert.Equal("import_batch.rejected", result.Error?.Code);
        Assert.Equal(ImportBatchStatus.Rejected, batch.Status);
    }

    private static ImportBatch NewBatch() => new("statline", "50090NED.xlsx", "abc123", "50090NED", "analist@example.nl", ImportedAt);
}
