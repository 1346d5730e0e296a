using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.ManageOpportunities;

/// <summary>One meekoppelkans: its status with the allowed next steps and the whole history, and every detail to change.</summary>
public sealed partial class EditOpportunityPage
{
    private static readonly IReadOnlyDictionary<string, string> StatusFieldIds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["status"] = "kans-to",
        ["note"] = "kans-note",
    };

    private Opportunity? stored;
    private OpportunityChoices? choices;
    private FormErrors errors = new();
    private bool loaded;

    [Inject]
    private WijkpeilDbContext Db { get; set; } = default!;

    [Inject]
    private OpportunityChoicesQuery ChoicesQuery { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    /// <summary>What was just done (<c>aangemaakt</c>, <c>opgeslagen</c>, <c>status</c>), for the notice.</summary>
    [SupplyParameterFromQuery(Name = "klaar")]
    private string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "meekoppelkans")]
    private OpportunityInput Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "meekoppelkans-status")]
    private StatusInput StatusChange { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Every form has its model before the first await: the page renders while it waits for the database.
        var posted = Input is not null;
        Input ??= new OpportunityInput();
        StatusChange ??= new StatusInput();
        var found = await Db.Opportunities.AsNoTracking().Include(o => o.History).SingleOrDefaultAsync(o => o.Id == Id, HttpContext.RequestAborted);
        var read = await ChoicesQuery.ReadAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            loaded = true;
            Navigation.NotFound();
            return;
        }

        // A posted form keeps what was typed, so a message sits beside it.
        if (!posted)
        {
            Input = OpportunityInput.From(found);
        }

        (stored, choices, loaded) = (found, read, true);
    }

    private async Task SaveAsync()
    {
        var (details, problems) = Input.ToDetails();
        var outcome = details is null
            ? Outcome<Opportunity>.Failure(problems)
            : await Handler.ChangeAsync(Id, HttpContext.User, details, HttpContext.RequestAborted);
        Finish(outcome, "opgeslagen", OpportunityInput.FieldIds, "meekoppelkans");
    }

    private async Task ChangeStatusAsync()
    {
        var outcome = !Enum.TryParse<OpportunityStatus>(StatusChange.To, out var to) || !Enum.IsDefined(to)
            ? Outcome<Opportunity>.Failure(Problem.Invalid("status", "opportunity.form.status_required"))
            : await Handler.ChangeStatusAsync(Id, HttpContext.User, to, StatusChange.Note, HttpContext.RequestAborted);
        Finish(outcome, "status", StatusFieldIds, "kans-statusform");
    }

    private void Finish(Outcome<Opportunity> outcome, string done, IReadOnlyDictionary<string, string> fieldIds, string formId)
    {
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/beheer/meekoppelkansen/{Id}?klaar={done}");
            return;
        }

        errors = OpportunityRefusals.Show(HttpContext, outcome.Problems, fieldIds, formId);
    }

    private sealed class StatusInput
    {
        public string? To { get; set; }

        public string? Note { get; set; }
    }
}
