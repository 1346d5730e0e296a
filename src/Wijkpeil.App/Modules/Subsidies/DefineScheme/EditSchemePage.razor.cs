using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>
/// A scheme's own page for officers: change it while it is a draft and publish it; once published its terms are frozen
/// and only the plafond changes, with a reason (Awb 4:27), shown with the history of earlier changes.
/// </summary>
public sealed partial class EditSchemePage
{
    private static readonly Dictionary<string, string> PlafondIds = new(StringComparer.Ordinal)
    {
        ["plafond"] = "plafond-amount",
        ["amount"] = "plafond-amount",
        ["reason"] = "plafond-reason",
    };

    private SubsidyScheme? scheme;
    private SchemeChoices? choices;
    private FormErrors errors = new();

    [Inject]
    private WijkpeilDbContext Db { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    /// <summary>What was just done (<c>aangemaakt</c>, <c>opgeslagen</c>, <c>gepubliceerd</c>, <c>plafond</c>), for the notice.</summary>
    [SupplyParameterFromQuery(Name = "klaar")]
    private string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "regeling")]
    private SchemeInput Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "regeling-publiceren")]
    private PublicationInput Publication { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "plafond-wijzigen")]
    private PlafondInput Plafond { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Every form has its model before the first await: the page renders while it waits for the database.
        var posted = Input is not null;
        Input = Input?.Bound() ?? new SchemeInput();
        Publication ??= new PublicationInput();
        Plafond ??= new PlafondInput();
        var found = await SchemeAccess.SchemeAsync(Db, Id, tracked: false, HttpContext.RequestAborted);
        if (found is null)
        {
            Navigation.NotFound();
            return;
        }

        if (!SchemeAccess.MayRun(HttpContext.User, found))
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        scheme = found;

        // A posted form keeps its rows as typed, so a message finds the row it belongs to.
        if (!posted)
        {
            Input = SchemeInput.From(found);
        }

        if (!found.IsPublished && !found.IsRunElsewhere)
        {
            choices = await ChoicesQuery.ForAsync(HttpContext.User, HttpContext.RequestAborted);
        }
    }

    private async Task SaveAsync()
    {
        var reading = Input.ToTerms();
        if (reading.Terms is null)
        {
            errors = SchemeRefusals.Show(HttpContext, reading.Problems, reading.FieldIds, "regeling");
            return;
        }

        var outcome = await Handler.ChangeAsync(Id, HttpContext.User, reading.Terms, HttpContext.RequestAborted);
        Finish(outcome, "opgeslagen", reading.FieldIds, "regeling");
    }

    private async Task PublishAsync()
    {
        var outcome = await Handler.PublishAsync(Id, HttpContext.User, HttpContext.RequestAborted);
        Finish(outcome, "gepubliceerd", new Dictionary<string, string>(StringComparer.Ordinal), "publicatie");
    }

    private async Task ChangePlafondAsync()
    {
        if (!FormValues.TryDecimal(Plafond.Amount, out var euros) || euros is null)
        {
            errors = SchemeRefusals.Show(HttpContext, [Problem.Invalid("plafond", "subsidy.form.amount_invalid", Plafond.Amount)], PlafondIds, "plafond");
            return;
        }

        var amount = Money.FromEuros(euros.Value, "plafond");
        if (!amount.IsSuccess)
        {
            errors = SchemeRefusals.Show(HttpContext, [Problem.From(amount.Error!)], PlafondIds, "plafond");
            return;
        }

        var outcome = await Handler.ChangePlafondAsync(Id, HttpContext.User, amount.Value, Plafond.Reason, HttpContext.RequestAborted);
        Finish(outcome, "plafond", PlafondIds, "plafond");
    }

    private void Finish(Outcome<SubsidyScheme> outcome, string done, IReadOnlyDictionary<string, string> fieldIds, string formId)
    {
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/beheer/subsidies/{Id}/regeling?klaar={done}");
            return;
        }

        errors = SchemeRefusals.Show(HttpContext, outcome.Problems, fieldIds, formId);
    }

    private sealed class PublicationInput
    {
        public string? Confirm { get; set; }
    }

    private sealed class PlafondInput
    {
        public string? Amount { get; set; }

        public string? Reason { get; set; }
    }
}
