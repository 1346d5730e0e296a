using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Events.ManageEvents;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Attendance;

/// <summary>
/// The attendance list for organisers: every confirmed registration with a button to check the person in (or out, to
/// correct a mistake), a field for the code from their confirmation, and the counts (no-shows once the event ended).
/// No JavaScript: each press is a post and the page comes back with the list as stored.
/// </summary>
public sealed partial class AttendancePage
{
    private const string CodeId = "aanwezigheid-code";
    private AttendanceSheet? sheet;
    private FormErrors errors = new();
    private bool loaded;

    [Inject]
    private AttendanceQuery Query { get; set; } = default!;

    [Inject]
    private AttendanceHandler Handler { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    /// <summary>"ja" after a check-in, for the notice.</summary>
    [SupplyParameterFromQuery(Name = "klaar")]
    private string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "aanwezig")]
    private AttendanceInput ByName { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "inchecken-code")]
    private AttendanceInput ByCode { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Both forms have their model before the first await: the page renders while it waits for the database.
        ByName ??= new AttendanceInput();
        ByCode ??= new AttendanceInput();
        var found = await Query.FindAsync(Id, HttpContext.RequestAborted);
        loaded = true;
        if (found is null)
        {
            Navigation.NotFound();
            return;
        }

        sheet = found;
    }

    private async Task CheckInByNameAsync()
    {
        var outcome = ByName.ParseChange() is { } change
            ? await Handler.CheckInAsync(Id, HttpContext.User, change.RegistrationId, change.Attended, HttpContext.RequestAborted)
            : Outcome<EventRegistration>.Failure([Problem.Invalid(null, "event.attendance.registration_unknown", ByName.Change)]);
        await FinishAsync(outcome, "aanwezig");
    }

    private async Task CheckInByCodeAsync() =>
        await FinishAsync(await Handler.CheckInByCodeAsync(Id, HttpContext.User, ByCode.Code, HttpContext.RequestAborted), "inchecken-code");

    private async Task FinishAsync(Outcome<EventRegistration> outcome, string formId)
    {
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/beheer/bijeenkomsten/{Id}/aanwezigheid?klaar=ja");
            return;
        }

        errors = EventRefusals.Show(HttpContext, outcome.Problems, formId, AttendanceInput.FieldIds);

        // The list shows the state as stored, not as it was before the refused post.
        sheet = await Query.FindAsync(Id, HttpContext.RequestAborted) ?? sheet;
    }

    private string Shown(string name) => name.Length > 0 ? name : L["Anonymised"];
}
