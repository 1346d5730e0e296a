using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ScreenApplications;

/// <summary>The dossier's forms: decide, ask for completion, delay, leave unconsidered, register an objection.</summary>
public sealed partial class DossierPage
{
    private static readonly Dictionary<string, string> FieldIds = new(StringComparer.Ordinal)
    {
        ["amount"] = "besluit-amount",
        ["motivation"] = "besluit-motivation",
        ["message"] = "aanvulling-message",
        ["termEndsOn"] = "aanvulling-termEndsOn",
        ["newDeadline"] = "verdaging-newDeadline",
        ["reason"] = "verdaging-reason",
        ["receivedOn"] = "bezwaar-receivedOn",
        ["note"] = "bezwaar-note",
    };

    private Dossier? dossier;
    private IReadOnlyList<ApplyForSubsidy.SchemeArea> areas = [];
    private FormErrors errors = new();

    [Parameter]
    public int Id { get; set; }

    /// <summary>What became of the mail after the last action: <c>besluit-…</c> or <c>aanvulling-…</c> with an <see cref="ApplicantMailResult"/>.</summary>
    [SupplyParameterFromQuery(Name = "mail")]
    private string? MailResult { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "besluit")]
    private DecisionInput Decide { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "aanvulling-vragen")]
    private CompletionInput Completion { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "verdagen")]
    private DelayInput Delay { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "buiten-behandeling")]
    private NotConsideredInput NotConsidered { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "bezwaar")]
    private ObjectionInput Objection { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Decide ??= new DecisionInput();
        Decide.Reasons ??= [];
        Completion ??= new CompletionInput();
        Delay ??= new DelayInput();
        NotConsidered ??= new NotConsideredInput();
        Objection ??= new ObjectionInput();
        var opened = await Query.OpenAsync(Id, HttpContext.User, HttpContext.RequestAborted);
        if (opened is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        areas = await SchemeAreas.OfAsync(opened.Scheme, HttpContext.RequestAborted);
        Decide.Amount ??= opened.Application.AmountRequested.Euros.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture);

        // Set last: Blazor renders as soon as this method first waits; a dossier must not render half-loaded.
        dossier = opened;
    }

    private async Task DecideAsync()
    {
        if (dossier is null)
        {
            return;
        }

        if (!FormValues.TryDecimal(Decide.Amount, out var euros))
        {
            Refuse([Problem.Invalid("amount", "subsidy.form.amount_invalid", Decide.Amount)], "besluit");
            return;
        }

        var kind = Decide.Kind == "Refusal" ? DecisionKind.Refusal : DecisionKind.Grant;
        var amount = kind == DecisionKind.Grant && euros is { } value ? Money.FromEuros(value) : default;
        if (amount.Error is not null)
        {
            Refuse([Problem.From(amount.Error, null)], "besluit");
            return;
        }

        var reasons = dossier.Scheme.Criteria.Select(c => (c.Id, Reason(c.Id))).ToList();
        var request = new DecisionRequest(kind, kind == DecisionKind.Grant && euros is not null ? amount.Value : null, Decide.Motivation, reasons);
        var outcome = await Decisions.DecideAsync(Id, HttpContext.User, request, HttpContext.RequestAborted);
        await DoneAndMailAsync(outcome.Succeeded, outcome.Problems, "besluit");
    }

    private async Task RequestCompletionAsync()
    {
        if (dossier is null)
        {
            return;
        }

        if (!FormValues.TryDate(Completion.TermEndsOn, out var term))
        {
            Refuse([Problem.Invalid("termEndsOn", "subsidy.form.date_invalid", Completion.TermEndsOn)], "aanvulling");
            return;
        }

        var outcome = await Screening.RequestCompletionAsync(Id, HttpContext.User, Completion.Message, term, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Problems, "aanvulling");
            return;
        }

        var mailed = await Mails.SendCompletionRequestAsync(outcome.Value!, HttpContext.RequestAborted);
        Navigation.NavigateTo($"/beheer/subsidies/aanvragen/{Id}?mail=aanvulling-{mailed}");
    }

    private async Task DelayAsync()
    {
        if (dossier is null)
        {
            return;
        }

        if (!FormValues.TryDate(Delay.NewDeadline, out var to))
        {
            Refuse([Problem.Invalid("newDeadline", "subsidy.form.date_invalid", Delay.NewDeadline)], "verdaging");
            return;
        }

        var outcome = await Screening.DelayAsync(Id, HttpContext.User, to, Delay.Reason, HttpContext.RequestAborted);
        Done(outcome.Succeeded ? [] : outcome.Problems, "verdaging");
    }

    private async Task DeclareNotConsideredAsync()
    {
        if (dossier is null)
        {
            return;
        }

        var request = new DecisionRequest(DecisionKind.NotConsidered, null, NotConsidered.Motivation, []);
        var outcome = await Decisions.DecideAsync(Id, HttpContext.User, request, HttpContext.RequestAborted);
        await DoneAndMailAsync(outcome.Succeeded, outcome.Problems, "buiten-behandeling");
    }

    private async Task RegisterObjectionAsync()
    {
        if (dossier is null)
        {
            return;
        }

        if (!FormValues.TryDate(Objection.ReceivedOn, out var received) || !FormValues.TryDate(Objection.PostedOn, out var posted))
        {
            Refuse([Problem.Invalid("receivedOn", "subsidy.form.date_invalid", Objection.ReceivedOn)], "bezwaar");
            return;
        }

        var outcome = await Screening.RegisterObjectionAsync(Id, HttpContext.User, received, posted, Objection.Note, HttpContext.RequestAborted);
        Done(outcome.Succeeded ? [] : outcome.Problems, "bezwaar");
    }

    /// <summary>The motivation typed for a criterion; the form binder leaves the dictionary null when none was posted.</summary>
    private string? Reason(int criterionId) => Decide.Reasons?.GetValueOrDefault(criterionId);

    /// <summary>After a recorded decision, the beschikking is mailed; whatever becomes of the mail, the decision stands and the page says so.</summary>
    private async Task DoneAndMailAsync(bool succeeded, IReadOnlyList<Problem> problems, string formId)
    {
        if (!succeeded)
        {
            Refuse(problems, formId);
            return;
        }

        var mailed = await Mails.SendDecisionAsync(Id, HttpContext.RequestAborted);
        Navigation.NavigateTo($"/beheer/subsidies/aanvragen/{Id}?mail=besluit-{mailed}");
    }

    private string? MailNotice => MailResult switch
    {
        "besluit-Sent" => "Notice.Mailed",
        "besluit-SentWithoutPdf" => "Notice.MailedWithoutPdf",
        "besluit-Failed" => "Notice.MailFailed",
        "aanvulling-Sent" => "Notice.CompletionMailed",
        "aanvulling-Failed" => "Notice.CompletionMailFailed",
        _ => null,
    };

    private void Done(IReadOnlyList<Problem> problems, string formId)
    {
        if (problems.Count == 0)
        {
            Navigation.NavigateTo($"/beheer/subsidies/aanvragen/{Id}");
            return;
        }

        Refuse(problems, formId);
    }

    private void Refuse(IReadOnlyList<Problem> problems, string formId)
    {
        HttpContext.Response.StatusCode = problems.Any(p => p.Kind == ProblemKind.Forbidden) ? StatusCodes.Status403Forbidden
            : problems.Any(p => p.Kind == ProblemKind.Conflict) ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        var ids = new Dictionary<string, string>(FieldIds, StringComparer.Ordinal);
        foreach (var criterion in dossier?.Scheme.Criteria ?? [])
        {
            ids[$"criteria[{criterion.Id}]"] = $"besluit-criterion-{criterion.Id}";
        }

        errors = ProblemForms.ToFormErrors(problems, ids, formId);
    }

    private sealed class DecisionInput
    {
        public string? Kind { get; set; } = "Grant";

        public string? Amount { get; set; }

        public string? Motivation { get; set; }

        public Dictionary<int, string?>? Reasons { get; set; } = [];
    }

    private sealed class CompletionInput
    {
        public string? Message { get; set; }

        public string? TermEndsOn { get; set; }
    }

    private sealed class DelayInput
    {
        public string? NewDeadline { get; set; }

        public string? Reason { get; set; }
    }

    private sealed class NotConsideredInput
    {
        public string? Motivation { get; set; }
    }

    private sealed class ObjectionInput
    {
        public string? ReceivedOn { get; set; }

        public string? PostedOn { get; set; }

        public string? Note { get; set; }
    }
}
