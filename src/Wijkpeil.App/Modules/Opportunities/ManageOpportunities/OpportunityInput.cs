using System.Globalization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.ManageOpportunities;

/// <summary>
/// The opportunity form as typed: every field of <see cref="OpportunityDetails"/> as text or checkboxes, plus the
/// programme and (for a new chance) the status it is registered in. A value that cannot be read comes back as typed
/// with its message.
/// </summary>
public sealed class OpportunityInput
{
    public string? ProgrammeId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Kind { get; set; }

    /// <summary>Checked related programmes by id (a checkbox posts <c>Input.Related[3]=true</c>).</summary>
    public Dictionary<int, bool>? Related { get; set; }

    /// <summary>Checked focus areas by slug.</summary>
    public Dictionary<string, bool>? FocusAreas { get; set; }

    /// <summary>Checked agenda projects by id.</summary>
    public Dictionary<int, bool>? Projects { get; set; }

    /// <summary>Euros, only with financial support and only when known.</summary>
    public string? Amount { get; set; }

    public string? WindowFrom { get; set; }

    public string? WindowTo { get; set; }

    public string? Owner { get; set; }

    public string? Source { get; set; }

    /// <summary>The status a new chance is registered in; gesignaleerd unless chosen.</summary>
    public string? Status { get; set; } = nameof(OpportunityStatus.Gesignaleerd);

    /// <summary>Request field (the domain's and this form's) → HTML id.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new[]
    {
        "programmeId", "title", "description", "kind", "relatedProgrammeIds", "focusAreaCodes", "projectIds", "amount", "windowFrom", "windowTo", "owner", "source", "status",
    }.ToDictionary(f => f, Id, StringComparer.Ordinal);

    /// <summary>The HTML id of a field of the form.</summary>
    public static string Id(string field) => "kans-" + field;

    /// <summary>The form filled with a stored chance.</summary>
    public static OpportunityInput From(Opportunity o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new OpportunityInput
        {
            ProgrammeId = o.ProgrammeId.ToString(CultureInfo.InvariantCulture),
            Title = o.Title,
            Description = o.Description,
            Kind = o.Kind.ToString(),
            Related = o.RelatedProgrammeIds.ToDictionary(r => r, _ => true),
            FocusAreas = o.FocusAreaCodes.ToDictionary(c => c, _ => true, StringComparer.Ordinal),
            Projects = o.ProjectIds.ToDictionary(p => p, _ => true),
            Amount = o.Amount?.Euros.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")),
            WindowFrom = FormValues.DateText(o.WindowFrom),
            WindowTo = FormValues.DateText(o.WindowTo),
            Owner = o.Owner,
            Source = o.Source,
            Status = o.Status.ToString(),
        };
    }

    /// <summary>The chosen programme's id, or null when none (or no number) was chosen.</summary>
    public int? Programme => int.TryParse(ProgrammeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The status chosen for a new chance; an unknown value is left to the domain to refuse.</summary>
    public OpportunityStatus InitialStatus => Enum.TryParse<OpportunityStatus>(Status, out var s) ? s : default;

    /// <summary>The details as the domain reads them, or the problems of what could not be read.</summary>
    public (OpportunityDetails? Details, IReadOnlyList<Problem> Problems) ToDetails()
    {
        var problems = new List<Problem>();
        if (!FormValues.TryDate(WindowFrom, out var from))
        {
            problems.Add(Problem.Invalid("windowFrom", "opportunity.form.date_invalid", WindowFrom));
        }

        if (!FormValues.TryDate(WindowTo, out var to))
        {
            problems.Add(Problem.Invalid("windowTo", "opportunity.form.date_invalid", WindowTo));
        }

        Money? amount = null;
        if (!FormValues.TryDecimal(Amount, out var euros))
        {
            problems.Add(Problem.Invalid("amount", "opportunity.form.amount_invalid", Amount));
        }
        else if (euros is { } value)
        {
            var money = Money.FromEuros(value, "amount");
            if (money.IsSuccess)
            {
                amount = money.Value;
            }
            else
            {
                problems.Add(Problem.From(money.Error!));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new OpportunityDetails(
            Title,
            Description,
            Enum.TryParse<OpportunityKind>(Kind, out var kind) ? kind : default,
            Checked(Related),
            Checked(FocusAreas),
            Checked(Projects),
            amount,
            from,
            to,
            Owner,
            Source), problems);
    }

    private static List<T> Checked<T>(Dictionary<T, bool>? boxes)
        where T : notnull => boxes is null ? [] : [.. boxes.Where(b => b.Value).Select(b => b.Key)];
}
