using System.Globalization;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// An application for a subsidy under one scheme, from draft to settlement. The applicant reaches it without an
/// account through a secret link (only its hash is kept, <see cref="AccessHash"/>); officers handle it by the Awb
/// clock (<see cref="Clock"/>).
/// </summary>
/// <remarks>
/// Each step is a method that checks the state it starts from and refuses any other, so an application cannot be
/// granted twice, settled before it is granted, or completed when nobody asked. The plafond is not checked here: it
/// is a property of all applications together, kept by the module in one conditional update (see
/// <see cref="SubsidyScheme"/>).
/// </remarks>
public sealed partial class SubsidyApplication
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4_000;
    public const int PlanningMaxLength = 4_000;
    public const int MaxBudgetLines = 30;

    private readonly List<BudgetLine> _budgetLines = [];
    private readonly List<ApplicationAttachment> _attachments = [];
    private readonly List<CompletionRequest> _completionRequests = [];
    private readonly List<CriterionMotivation> _motivations = [];
    private readonly List<Objection> _objections = [];
    private readonly List<Payment> _payments = [];

    private SubsidyApplication()
    {
        AccessHash = string.Empty;
        Title = string.Empty;
        Summary = string.Empty;
        Applicant = null!;
    }

    public int Id { get; private set; }

    public int SchemeId { get; private set; }

    /// <summary>The year (Europe/Amsterdam) the application was started; part of its reference.</summary>
    public int Year { get; private set; }

    /// <summary>The reference on the receipt, letters and register, e.g. "SUB-2026-00042".</summary>
    public string Reference => string.Create(CultureInfo.InvariantCulture, $"SUB-{Year}-{Id:D5}");

    /// <summary>SHA-256 (hex) of the secret in the applicant's link; the secret itself is never stored.</summary>
    public string AccessHash { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public Applicant Applicant { get; private set; }

    public string Title { get; private set; }

    /// <summary>What the initiative does; public in the register once granted.</summary>
    public string Summary { get; private set; }

    /// <summary>The focus area or wijk/buurt (CBS code) the initiative is for.</summary>
    public AreaCode? Area { get; private set; }

    public long AmountRequestedCents { get; private set; }

    public Money AmountRequested => Money.FromCents(AmountRequestedCents);

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public string? Planning { get; private set; }

    public IReadOnlyList<BudgetLine> BudgetLines => _budgetLines;

    public IReadOnlyList<ApplicationAttachment> Attachments => _attachments;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The moment it was filed (Awb 4:3a: confirmed to the applicant at once).</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The day (Europe/Amsterdam) it was filed: the decision term starts the day after.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>The moment it became complete: at filing, or when the last requested completion arrived. First come, first served orders by it.</summary>
    public DateTimeOffset? CompleteAt { get; private set; }

    public IReadOnlyList<CompletionRequest> CompletionRequests => _completionRequests;

    /// <summary>The verdaging (Awb 4:14 lid 3), at most once.</summary>
    public DateOnly? DelayedTo { get; private set; }

    public DateOnly? DelayAnnouncedOn { get; private set; }

    public string? DelayReason { get; private set; }

    public DecisionKind? Decision { get; private set; }

    public long? GrantedCents { get; private set; }

    public Money? Granted => GrantedCents is { } cents ? Money.FromCents(cents) : null;

    public string? DecisionMotivation { get; private set; }

    public IReadOnlyList<CriterionMotivation> Motivations => _motivations;

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The day the decision was sent (bekendgemaakt, Awb 3:41): the objection term starts the day after (Awb 6:8).</summary>
    public DateOnly? DecisionSentOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public IReadOnlyList<Objection> Objections => _objections;

    public IReadOnlyList<Payment> Payments => _payments;

    /// <summary>The day the final report (aanvraag tot vaststelling) is due.</summary>
    public DateOnly? ReportDueOn { get; private set; }

    public DateTimeOffset? ReportSubmittedAt { get; private set; }

    public string? ReportText { get; private set; }

    public long? ActualCostsCents { get; private set; }

    /// <summary>The last day a reminder about the final report was sent, so a daily run sends each reminder once.</summary>
    public DateOnly? ReportReminderSentOn { get; private set; }

    public long? SettledCents { get; private set; }

    public Money? Settled => SettledCents is { } cents ? Money.FromCents(cents) : null;

    public SettlementReason? SettlementReason { get; private set; }

    public string? SettlementExplanation { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>When the personal data was removed after the retention period (AVG); the money and description stay.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>Set only by <c>wijkpeil demo load</c>; pages mark it.</summary>
    public bool IsExampleData { get; private set; }

    public Money Paid => Money.Sum(_payments.Where(p => p.Kind != PaymentKind.Reclaim).Select(p => p.Amount));

    public Money Reclaimed => -Money.Sum(_payments.Where(p => p.Kind == PaymentKind.Reclaim).Select(p => p.Amount));

    public bool IsDecided => Decision is not null;

    public bool IsGranted => Decision is DecisionKind.Grant or DecisionKind.PartialGrant;
}
