using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>
/// One event for its organisers: change every detail, publish a draft, cancel it (with a ticked confirmation, so no
/// script is needed to ask "are you sure"). A cancelled or closed event is shown, no longer changed.
/// </summary>
public sealed partial class EditEventPage
{
    private CommunityEvent? stored;
    private EventChoices? choices;
    private FormErrors errors = new();
    private bool loaded;

    [Inject]
    private WijkpeilDbContext Db { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    /// <summary>What was just done (<c>aangemaakt</c>, <c>opgeslagen</c>, <c>gepubliceerd</c>, <c>afgelast</c>), for the notice.</summary>
    [SupplyParameterFromQuery(Name = "klaar")]
    private string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "bijeenkomst")]
    private EventInput Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "bijeenkomst-afgelasten")]
    private CancellationInput Cancellation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Every form has its model before the first await: the page renders while it waits for the database.
        var posted = Input is not null;
        Input ??= new EventInput();
        Cancellation ??= new CancellationInput();
        var found = await Db.CommunityEvents.AsNoTracking().Include(e => e.Registrations).SingleOrDefaultAsync(e => e.Id == Id, HttpContext.RequestAborted);
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
            Input = EventInput.From(found);
        }

        (stored, choices, loaded) = (found, read, true);
    }

    private async Task SaveAsync()
    {
        var (details, problems) = Input.ToDetails();
        var outcome = details is null
            ? Outcome<CommunityEvent>.Failure(problems)
            : await Handler.ChangeAsync(Id, HttpContext.User, details, Input.Publishes, HttpContext.RequestAborted);
        Finish(outcome, Input.Publishes ? "gepubliceerd" : "opgeslagen", "bijeenkomst");
    }

    private async Task CancelAsync()
    {
        if (Cancellation.Confirm != true)
        {
            Finish(Problem.Invalid(null, "event.manage.confirm_cancel"), "afgelast", "afgelasting");
            return;
        }

        Finish(await Handler.CancelAsync(Id, HttpContext.User, HttpContext.RequestAborted), "afgelast", "afgelasting");
    }

    private void Finish(Outcome<CommunityEvent> outcome, string done, string formId)
    {
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/beheer/bijeenkomsten/{Id}?klaar={done}");
            return;
        }

        errors = EventRefusals.Show(HttpContext, outcome.Problems, formId);
    }

    private sealed class CancellationInput
    {
        public bool? Confirm { get; set; }
    }
}
