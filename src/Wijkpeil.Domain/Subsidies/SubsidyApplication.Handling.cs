using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>The officers' part: the Awb clock, completion, delay, decisions and objections.</summary>
public sealed partial class SubsidyApplication
{
    public const int MotivationMaxLength = 10_000;
    public const int ReasonMaxLength = 2_000;

    /// <summary>The decision term as of <paramref name="today"/>; null for a draft or a withdrawn application.</summary>
    public AwbDeadline? Clock(SubsidyScheme scheme, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (ReceivedOn is not { } received || Status == ApplicationStatus.Withdrawn)
        {
            return null;
        }

        var delay = DelayedTo is { } to ? new ClockDelay(DelayAnnouncedOn!.Value, to, DelayReason!) : null;
        var decided = DecidedAt is null ? (DateOnly?)null : DecisionSentOn ?? today;
        return AwbClock.Compute(received, scheme.DecisionTermWeeks, [.. _completionRequests.Select(c => c.AsPause())], delay, today, decided);
    }

    /// <summary>
    /// Asks the applicant to complete the application within a term (Awb 4:5): the clock pauses from the day after
    /// (Awb 4:15 lid 1 a). A term is required: without one the clock would not pause.
    /// </summary>
    public Result<CompletionRequest> RequestCompletion(string? message, DateOnly today, DateOnly? termEndsOn, DateTimeOffset now, string by)
    {
        if (Status != ApplicationStatus.Received)
        {
            return Result<CompletionRequest>.Failure("subsidy.application.not_in_screening", "Om aanvulling vragen kan alleen bij een ingediende aanvraag waarover nog niet is besloten.", null);
        }

        var text = TextRules.Required(message, CompletionRequest.MessageMaxLength, "subsidy.completion.message", "wat er ontbreekt", "message");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var pause = ClockPause.Create(today, termEndsOn);
        if (!pause.IsSuccess)
        {
            return pause.Error! with { Field = "termEndsOn" };
        }

        var request = CompletionRequest.Create(pause.Value, text.Value, now, by);
        _completionRequests.Add(request);
        Status = ApplicationStatus.AwaitingCompletion;
        return request;
    }

    /// <summary>The applicant says the application is complete now: the clock runs again and it is complete as of now.</summary>
    public Result<SubsidyApplication> Complete(DateOnly today, DateTimeOffset now)
    {
        var open = _completionRequests.FirstOrDefault(c => c.CompletedOn is null);
        if (Status != ApplicationStatus.AwaitingCompletion || open is null)
        {
            return NotInState("subsidy.application.no_completion_asked", "Er is geen aanvulling gevraagd bij deze aanvraag.");
        }

        if (today > open.TermEndsOn)
        {
            return Result<SubsidyApplication>.Failure("subsidy.application.completion_too_late", $"De termijn voor aanvulling is op {open.TermEndsOn:yyyy-MM-dd} verstreken.", null, open.TermEndsOn);
        }

        open.Complete(today);
        Status = ApplicationStatus.Received;
        CompleteAt = now;
        return this;
    }

    /// <summary>Moves the deadline once, with a reason, before it passes (verdaging, Awb 4:14 lid 3).</summary>
    public Result<SubsidyApplication> Delay(SubsidyScheme scheme, DateOnly today, DateOnly newDeadline, string? reason)
    {
        if (Status is not (ApplicationStatus.Received or ApplicationStatus.AwaitingCompletion))
        {
            return NotInState("subsidy.application.not_in_screening", "Verdagen kan alleen bij een aanvraag waarover nog niet is besloten.");
        }

        if (DelayedTo is not null)
        {
            return Result<SubsidyApplication>.Failure("subsidy.application.already_delayed", "De beslissing is al eens verdaagd; dat kan maar één keer.", "newDeadline");
        }

        var clock = Clock(scheme, today)!;
        var delay = ClockDelay.Create(today, clock.Deadline, newDeadline, reason);
        if (!delay.IsSuccess)
        {
            return delay.Error!;
        }

        DelayedTo = delay.Value.NewDeadline;
        DelayAnnouncedOn = today;
        DelayReason = delay.Value.Reason;
        return this;
    }

    /// <summary>
    /// Records a grant (in full when <paramref name="amount"/> equals the amount applied for, else in part with a
    /// motivation). The caller has already reserved <paramref name="amount"/> within the plafond.
    /// </summary>
    public Result<SubsidyApplication> Grant(SubsidyScheme scheme, Money amount, string? motivation, IReadOnlyList<(int CriterionId, string? Reason)> perCriterion, DateTimeOffset now, DateOnly today, string by)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var ready = ReadyForDecision();
        if (ready is not null)
        {
            return ready;
        }

        if (amount.Cents <= 0 || amount > AmountRequested)
        {
            return Result<SubsidyApplication>.Failure("subsidy.decision.amount", string.Create(CultureInfo.InvariantCulture, $"Het te verlenen bedrag is meer dan 0 en ten hoogste het aangevraagde bedrag ({AmountRequested} euro)."), "amount", amount.Euros, AmountRequested.Euros);
        }

        var partial = amount < AmountRequested;
        var text = partial
            ? TextRules.Required(motivation, MotivationMaxLength, "subsidy.decision.partial_motivation", "waarom minder wordt verleend dan aangevraagd", "motivation")
            : TextRules.Optional(motivation, MotivationMaxLength, "subsidy.decision.motivation", "de motivering", "motivation")!;
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var motivations = CheckMotivations(scheme, perCriterion, required: false);
        if (!motivations.IsSuccess)
        {
            return motivations.Error!;
        }

        Decide(partial ? DecisionKind.PartialGrant : DecisionKind.Grant, ApplicationStatus.Granted, amount.Cents, text.Value, motivations.Value, now, today, by);
        ReportDueOn = (EndsOn ?? today).AddDays(scheme.FinalReportTermWeeks * 7);
        return this;
    }

    /// <summary>Refuses, with a motivation on every criterion of the scheme (Awb 3:46).</summary>
    public Result<SubsidyApplication> Refuse(SubsidyScheme scheme, string? motivation, IReadOnlyList<(int CriterionId, string? Reason)> perCriterion, DateTimeOffset now, DateOnly today, string by)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var ready = ReadyForDecision();
        if (ready is not null)
        {
            return ready;
        }

        var text = TextRules.Optional(motivation, MotivationMaxLength, "subsidy.decision.motivation", "de motivering", "motivation");
        var motivations = CheckMotivations(scheme, perCriterion, required: true);
        if (!text.IsSuccess || !motivations.IsSuccess)
        {
            return text.Error ?? motivations.Error!;
        }

        Decide(DecisionKind.Refusal, ApplicationStatus.Refused, null, text.Value, motivations.Value, now, today, by);
        return this;
    }

    /// <summary>
    /// Declares the application not considered (buiten behandeling, Awb 4:5): only when a completion was asked with a
    /// term and the term passed unused.
    /// </summary>
    public Result<SubsidyApplication> DeclareNotConsidered(string? motivation, DateTimeOffset now, DateOnly today, string by)
    {
        var open = _completionRequests.FirstOrDefault(c => c.CompletedOn is null);
        if (Status != ApplicationStatus.AwaitingCompletion || open is null || !open.AsPause().ExpiredUnused(today))
        {
            return Result<SubsidyApplication>.Failure("subsidy.decision.not_considered_early", "Buiten behandeling laten kan pas als de gevraagde aanvulling niet binnen de termijn is gekomen (artikel 4:5 Awb).", null);
        }

        var text = TextRules.Required(motivation, MotivationMaxLength, "subsidy.decision.motivation", "de motivering", "motivation");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        Decide(DecisionKind.NotConsidered, ApplicationStatus.NotConsidered, null, text.Value, [], now, today, by);
        return this;
    }

    /// <summary>
    /// Registers an objection received on <paramref name="receivedOn"/> (posted on <paramref name="postedOn"/> when it
    /// came by post, Awb 6:9 lid 2); a late one is registered and marked late (Awb 6:11 lets the body weigh it).
    /// </summary>
    public Result<Objection> RegisterObjection(DateOnly receivedOn, DateOnly? postedOn, string? note, DateTimeOffset now, string by)
    {
        if (DecisionSentOn is not { } sent)
        {
            return Result<Objection>.Failure("subsidy.objection.no_decision", "Bezwaar kan pas worden geregistreerd na een besluit.", null);
        }

        if (receivedOn < sent)
        {
            return Result<Objection>.Failure("subsidy.objection.before_decision", $"Het bezwaar kan niet eerder zijn ontvangen dan het besluit is verzonden ({sent:yyyy-MM-dd}).", "receivedOn", sent);
        }

        var text = TextRules.Required(note, Objection.NoteMaxLength, "subsidy.objection.note", "een korte omschrijving van het bezwaar", "note");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var objection = Objection.Create(receivedOn, ObjectionTerm.IsTimely(sent, receivedOn, postedOn), text.Value, now, by);
        _objections.Add(objection);
        return objection;
    }

    private DomainError? ReadyForDecision() =>
        Status == ApplicationStatus.Received ? null
        : Status == ApplicationStatus.AwaitingCompletion
            ? new DomainError("subsidy.decision.awaiting_completion", "Er is om aanvulling gevraagd; besluit nadat die is ontvangen of de termijn is verstreken.", null)
            : new DomainError("subsidy.decision.already_decided", "Over deze aanvraag is al besloten.", null);

    private static Result<List<CriterionMotivation>> CheckMotivations(SubsidyScheme scheme, IReadOnlyList<(int CriterionId, string? Reason)> given, bool required)
    {
        var list = new List<CriterionMotivation>();
        foreach (var criterion in scheme.Criteria.OrderBy(c => c.Position))
        {
            var reason = given.FirstOrDefault(g => g.CriterionId == criterion.Id).Reason;
            var text = required
                ? TextRules.Required(reason, CriterionMotivation.ReasonMaxLength, "subsidy.decision.criterion_motivation", $"de motivering bij '{criterion.Name}'", $"criteria[{criterion.Id}]")
                : TextRules.Optional(reason, CriterionMotivation.ReasonMaxLength, "subsidy.decision.criterion_motivation", $"de motivering bij '{criterion.Name}'", $"criteria[{criterion.Id}]")!;
            if (!text.IsSuccess)
            {
                return text.Error! with { Arguments = [criterion.Name] };
            }

            if (text.Value is not null)
            {
                list.Add(CriterionMotivation.Create(criterion.Id, text.Value));
            }
        }

        return list;
    }

    private void Decide(DecisionKind kind, ApplicationStatus status, long? grantedCents, string? motivation, List<CriterionMotivation> motivations, DateTimeOffset now, DateOnly today, string by)
    {
        Decision = kind;
        Status = status;
        GrantedCents = grantedCents;
        DecisionMotivation = motivation;
        _motivations.Clear();
        _motivations.AddRange(motivations);
        DecidedAt = now;
        DecisionSentOn = today;
        DecidedBy = by;
    }
}
