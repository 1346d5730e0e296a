using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>After the grant: advance, final report, settlement, remainder or reclaim, and anonymisation.</summary>
public sealed partial class SubsidyApplication
{
    public const int ReportMaxLength = 20_000;

    /// <summary>Records the advance (voorschot) of a grant: the scheme's percentage, once.</summary>
    public Result<Payment> PayAdvance(SubsidyScheme scheme, DateOnly on, string by)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (Status != ApplicationStatus.Granted || Granted is not { } granted)
        {
            return Result<Payment>.Failure("subsidy.payment.not_granted", "Een voorschot hoort bij een verleende subsidie.", null);
        }

        if (_payments.Any(p => p.Kind == PaymentKind.Advance))
        {
            return Result<Payment>.Failure("subsidy.payment.advance_paid", "Het voorschot is al betaald.", null);
        }

        var amount = AdvancePayment.For(granted, scheme.AdvancePercent);
        if (amount.IsZero)
        {
            return Result<Payment>.Failure("subsidy.payment.no_advance", "Deze regeling kent geen voorschot.", null);
        }

        var payment = Payment.Create(PaymentKind.Advance, amount, on, by);
        _payments.Add(payment);
        return payment;
    }

    /// <summary>The applicant's final report (aanvraag tot vaststelling, Awb 4:44): what was done and what it cost.</summary>
    public Result<SubsidyApplication> SubmitReport(string? text, Money actualCosts, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Granted)
        {
            return NotInState("subsidy.report.not_granted", "Een verantwoording hoort bij een verleende subsidie die nog niet is vastgesteld.");
        }

        // Submitted once: the settlement is decided on what was sent, so it does not change underneath the officer.
        if (ReportSubmittedAt is not null)
        {
            return NotInState("subsidy.report.already_submitted", "De verantwoording is al ingediend.");
        }

        var report = TextRules.Required(text, ReportMaxLength, "subsidy.report.text", "wat u heeft gedaan en bereikt", "reportText");
        if (!report.IsSuccess)
        {
            return report.Error!;
        }

        if (actualCosts.Cents < 0)
        {
            return Result<SubsidyApplication>.Failure("money.negative", "De werkelijke kosten kunnen niet negatief zijn.", "actualCosts", actualCosts.Euros);
        }

        ReportText = report.Value;
        ActualCostsCents = actualCosts.Cents;
        ReportSubmittedAt = now;
        return this;
    }

    /// <summary>
    /// Settles the subsidy (vaststelling, Awb 4:46): as granted or lower with a reason code and explanation. What is
    /// still due or to be paid back follows from what was paid (<see cref="Balance"/>).
    /// </summary>
    public Result<SubsidyApplication> Settle(Money settled, SettlementReason reason, string? explanation, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Granted || Granted is not { } granted)
        {
            return NotInState("subsidy.settlement.not_granted", "Vaststellen kan alleen bij een verleende subsidie die nog niet is vastgesteld.");
        }

        var settlement = Subsidies.Settlement.Create(granted, settled, reason, explanation);
        if (!settlement.IsSuccess)
        {
            return settlement.Error!;
        }

        SettledCents = settled.Cents;
        SettlementReason = reason;
        SettlementExplanation = settlement.Value.Explanation;
        SettledAt = now;
        Status = ApplicationStatus.Settled;
        return this;
    }

    /// <summary>After settlement: what remains to be paid, or what is to be paid back (never both).</summary>
    public (Money Remainder, Money Reclaim) Balance()
    {
        if (Settled is not { } settled)
        {
            return (Money.Zero, Money.Zero);
        }

        var balance = PaymentBalance.Of(settled, Paid - Reclaimed);
        return (balance.Remainder, balance.Reclaim);
    }

    /// <summary>Records the remainder paid or the reclaim received after settlement, for the amount the balance says.</summary>
    public Result<Payment> RecordBalance(DateOnly on, string by)
    {
        var (remainder, reclaim) = Balance();
        if (Status != ApplicationStatus.Settled || (remainder.IsZero && reclaim.IsZero))
        {
            return Result<Payment>.Failure("subsidy.payment.nothing_due", "Er staat niets meer open voor deze subsidie.", null);
        }

        var payment = remainder.IsZero ? Payment.Create(PaymentKind.Reclaim, -reclaim, on, by) : Payment.Create(PaymentKind.Remainder, remainder, on, by);
        _payments.Add(payment);
        return payment;
    }

    /// <summary>Marks a reminder about the final report as sent today.</summary>
    public void NoteReportReminder(DateOnly today) => ReportReminderSentOn = today;

    /// <summary>
    /// Removes the applicant's personal data (AVG retention) and the final report's free text; keeps the money, the
    /// initiative's title and description and the organisation's public name. Attachments are listed by the caller
    /// for deletion and forgotten here.
    /// </summary>
    public IReadOnlyList<string> Anonymise(DateTimeOffset now)
    {
        var stored = _attachments.Select(a => a.StoredName).ToList();
        Applicant = Applicant.Anonymised();
        ReportText = ReportText is null ? null : Applicant.Removed;
        _attachments.Clear();
        AnonymisedAt = now;
        return stored;
    }
}
