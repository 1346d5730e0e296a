using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>
/// One year's round: start it, choose programmes, and per programme its downloads, the day it was sent, its response
/// and the meekoppelkansen it led to, with the round's progress on top. Every step is its own small form, so the page
/// works without script; a refused step's message sits at its field in that programme's section.
/// </summary>
public sealed partial class RoundPage
{
    private static readonly string[] DateFields = ["date", "sentOn", "respondedOn", "relatedProgrammeId", "opportunityId"];

    private RoundView? view;
    private FormErrors errors = new();

    [Inject]
    private RoundViewQuery Query { get; set; } = default!;

    [Inject]
    private RoundHandler Handler { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int Year { get; set; }

    [SupplyParameterFromQuery(Name = "klaar")]
    private string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // Bound from whichever of the page's forms was sent: each step reads the fields its form has.
    [SupplyParameterFromForm(Name = "Step")]
    private StepInput Step { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Step ??= new StepInput();
        view = await Query.ReadAsync(Year, HttpContext.RequestAborted);
    }

    private async Task StartAsync() => Finish(await Handler.StartAsync(HttpContext.User, Year, HttpContext.RequestAborted), "ronde-start", null);

    private async Task ChooseAsync()
    {
        var chosen = Step.Chosen?.Where(c => c.Value).Select(c => c.Key).ToList() ?? [];
        if (chosen.Count == 0)
        {
            Finish(Problem.Invalid("relatedProgrammeId", "opportunity.related_programme.required"), "ronde-kiezen", "ronde-kiezen-programmas");
            return;
        }

        Outcome<OpportunityRound> outcome = Problem.Invalid(null, "round.programme.not_chosen");
        foreach (var id in chosen)
        {
            outcome = await Handler.ChooseAsync(HttpContext.User, Year, id, HttpContext.RequestAborted);
            if (!outcome.Succeeded)
            {
                break;
            }
        }

        Finish(outcome, "ronde-kiezen", "ronde-kiezen-programmas");
    }

    private Task SentAsync() => ProgrammeStepAsync(async (id, prefix) =>
    {
        var outcome = ReadDate() is { } day
            ? await Handler.MarkSentAsync(HttpContext.User, Year, id, day, HttpContext.RequestAborted)
            : DateProblem();
        Finish(outcome, prefix, prefix + "-sentOn");
    });

    private Task ResponseAsync() => ProgrammeStepAsync(async (id, prefix) =>
    {
        var outcome = ReadDate() is { } day
            ? await Handler.RecordResponseAsync(HttpContext.User, Year, id, Step.Response, day, HttpContext.RequestAborted)
            : DateProblem();
        Finish(outcome, prefix, prefix + "-respondedOn", prefix + "-response");
    });

    private Task LinkAsync() => ProgrammeStepAsync(async (id, prefix) =>
    {
        var outcome = ReadOpportunity() is { } opportunityId
            ? await Handler.LinkAsync(HttpContext.User, Year, id, opportunityId, HttpContext.RequestAborted)
            : Problem.Invalid("opportunityId", "round.form.opportunity_required");
        Finish(outcome, prefix, prefix + "-opportunityId");
    });

    private Task UnlinkAsync() => ProgrammeStepAsync(async (id, prefix) =>
    {
        var outcome = ReadOpportunity() is { } opportunityId
            ? await Handler.UnlinkAsync(HttpContext.User, Year, id, opportunityId, HttpContext.RequestAborted)
            : Problem.Invalid("opportunityId", "round.form.opportunity_required");
        Finish(outcome, prefix, null);
    });

    private Task RemoveAsync() => ProgrammeStepAsync(async (id, prefix) =>
        Finish(await Handler.RemoveAsync(HttpContext.User, Year, id, HttpContext.RequestAborted), prefix, null));

    /// <summary>Runs a programme's step for the programme its form posted; a form without one is refused at the choice of programmes.</summary>
    private async Task ProgrammeStepAsync(Func<int, string, Task> step)
    {
        if (!int.TryParse(Step.Programme, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            Finish(Problem.Invalid("relatedProgrammeId", "round.programme.not_chosen"), "ronde-kiezen", "ronde-kiezen-programmas");
            return;
        }

        await step(id, Prefix(id));
    }

    private int? ReadOpportunity() => int.TryParse(Step.OpportunityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private DateOnly? ReadDate() => FormValues.TryDate(Step.Date, out var day) ? day : null;

    private Outcome<OpportunityRound> DateProblem() =>
        string.IsNullOrWhiteSpace(Step.Date) ? Problem.Invalid("date", "round.form.date_required") : Problem.Invalid("date", "round.form.date_invalid", Step.Date);

    private static string Prefix(int id) => "ronde-" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Back to the page on success; else the status and the messages: a date problem at <paramref name="dateId"/>, the response's at <paramref name="responseId"/>, the rest at the section.</summary>
    private void Finish(Outcome<OpportunityRound> outcome, string formId, string? dateId, string? responseId = null)
    {
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/beheer/meekoppelkansen/ronde/{Year}?klaar=bijgewerkt");
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in DateFields)
        {
            fields[field] = dateId ?? formId;
        }

        if (responseId is not null)
        {
            fields["response"] = responseId;
        }

        errors = OpportunityRefusals.Show(HttpContext, outcome.Problems, fields, formId);
    }

    private sealed class StepInput
    {
        public Dictionary<int, bool>? Chosen { get; set; }

        public string? Date { get; set; }

        public string? Response { get; set; }

        public string? OpportunityId { get; set; }

        /// <summary>The related programme a programme's step is about (a hidden field of <see cref="RoundStepForm"/>).</summary>
        public string? Programme { get; set; }
    }
}
