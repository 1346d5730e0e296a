using System.Globalization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>
/// The scheme form as posted: text, so a wrong entry comes back as typed with a message at its field. Criteria and
/// attachments are rows: the existing ones plus <see cref="EmptyRows"/> empty ones, so an officer adds one without
/// JavaScript; a row left wholly empty is ignored. Read into the domain's <see cref="SchemeTerms"/> by <see cref="ToTerms"/>.
/// </summary>
public sealed class SchemeInput
{
    /// <summary>The empty rows the form offers below the criteria and attachments already there.</summary>
    public const int EmptyRows = 3;

    private static readonly string[] Fields =
    [
        "name", "description", "programmeId", "gemeente", "focusAreas", "projectIds", "plafond", "allocation", "tieBreak",
        "opensOn", "closesOn", "minimumAmount", "maximumAmount", "eligibility", "criteria", "scaleMin", "scaleMax",
        "minimumScore", "attachments", "decisionTermWeeks", "advancePercent", "finalReportTermWeeks", "objectionClause",
    ];

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? ProgrammeId { get; set; }

    public string? Gemeente { get; set; }

    /// <summary>Checked focus areas by slug (a checkbox posts <c>Input.FocusAreas[slug]=true</c>).</summary>
    public Dictionary<string, bool>? FocusAreas { get; set; }

    /// <summary>Checked agenda projects by id.</summary>
    public Dictionary<int, bool>? Projects { get; set; }

    public string? Plafond { get; set; }

    public string? Allocation { get; set; } = nameof(AllocationMethod.FirstComeFirstServed);

    public string? TieBreak { get; set; }

    public string? OpensOn { get; set; }

    public string? ClosesOn { get; set; }

    public string? MinimumAmount { get; set; } = "0";

    public string? MaximumAmount { get; set; }

    public string? Eligibility { get; set; }

    public List<CriterionRow> Criteria { get; set; } = [];

    public string? ScaleMin { get; set; } = "1";

    public string? ScaleMax { get; set; } = "5";

    public string? MinimumScore { get; set; } = "3";

    public List<AttachmentRow> Attachments { get; set; } = [];

    public string? DecisionTermWeeks { get; set; } = "8";

    public string? AdvancePercent { get; set; } = "80";

    public string? FinalReportTermWeeks { get; set; } = "13";

    public string? ObjectionClause { get; set; } = SubsidyScheme.DefaultObjectionClause;

    /// <summary>The HTML id of a field of the form.</summary>
    public static string Id(string field) => "regeling-" + field;

    /// <summary>
    /// Request field → HTML id. The domain numbers rows after the empty ones are left out, so <paramref name="criterionRows"/>
    /// and <paramref name="attachmentRows"/> give the form row of each counted one.
    /// </summary>
    public static Dictionary<string, string> FieldIds(IReadOnlyList<int> criterionRows, IReadOnlyList<int> attachmentRows)
    {
        var ids = Fields.ToDictionary(f => f, Id, StringComparer.Ordinal);
        for (var i = 0; i < criterionRows.Count; i++)
        {
            foreach (var part in new[] { "name", "description", "weight" })
            {
                ids[$"criteria[{i}].{part}"] = Id($"criteria-{criterionRows[i]}-{part}");
            }
        }

        for (var i = 0; i < attachmentRows.Count; i++)
        {
            foreach (var part in new[] { "kind", "fileTypes", "maxBytes" })
            {
                ids[$"attachments[{i}].{part}"] = Id($"attachments-{attachmentRows[i]}-{part}");
            }
        }

        return ids;
    }

    /// <summary>The form of a stored scheme, with empty rows added.</summary>
    public static SchemeInput From(SubsidyScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new SchemeInput
        {
            Name = scheme.Name,
            Description = scheme.Description,
            ProgrammeId = scheme.ProgrammeId.ToString(CultureInfo.InvariantCulture),
            Gemeente = scheme.Gemeente.Value,
            FocusAreas = scheme.FocusAreas.ToDictionary(f => f, _ => true, StringComparer.Ordinal),
            Projects = scheme.ProjectIds.Distinct().ToDictionary(p => p, _ => true),
            Plafond = Euros(scheme.Plafond),
            Allocation = scheme.Allocation.ToString(),
            TieBreak = scheme.TieBreak?.ToString(),
            OpensOn = FormValues.DateText(scheme.OpensOn),
            ClosesOn = FormValues.DateText(scheme.ClosesOn),
            MinimumAmount = Euros(scheme.MinimumAmount),
            MaximumAmount = Euros(scheme.MaximumAmount),
            Eligibility = scheme.Eligibility,
            Criteria = [.. scheme.Criteria.OrderBy(c => c.Position).Select(c => new CriterionRow { Name = c.Name, Description = c.Description, Weight = Number(c.Weight) })],
            ScaleMin = Number(scheme.ScaleMin),
            ScaleMax = Number(scheme.ScaleMax),
            MinimumScore = scheme.MinimumScore.ToString("0.##", CultureInfo.CurrentCulture),
            Attachments = [.. scheme.Attachments.OrderBy(a => a.Position).Select(a => new AttachmentRow { Kind = a.Kind, FileTypes = a.FileTypes.Replace(",", ", ", StringComparison.Ordinal), MaxMegabytes = (a.MaxBytes / (1024m * 1024m)).ToString("0.##", CultureInfo.CurrentCulture), Required = a.IsRequired })],
            DecisionTermWeeks = Number(scheme.DecisionTermWeeks),
            AdvancePercent = Number(scheme.AdvancePercent),
            FinalReportTermWeeks = Number(scheme.FinalReportTermWeeks),
            ObjectionClause = scheme.ObjectionClause,
        }.WithRows();
    }

    /// <summary>
    /// The form as bound from a post: a list the browser sent no row of is left null by the binder, and is empty here.
    /// </summary>
    public SchemeInput Bound()
    {
        Criteria ??= [];
        Attachments ??= [];
        return this;
    }

    /// <summary>The form with <see cref="EmptyRows"/> empty criterion and attachment rows after the filled ones.</summary>
    public SchemeInput WithRows()
    {
        Bound();
        Criteria = [.. Criteria.Where(c => !c.IsEmpty), .. Enumerable.Range(0, EmptyRows).Select(_ => new CriterionRow())];
        Attachments = [.. Attachments.Where(a => !a.IsEmpty), .. Enumerable.Range(0, EmptyRows).Select(_ => new AttachmentRow())];
        return this;
    }

    /// <summary>The typed values as the domain reads them, or the problems at their fields; also the form row of each counted row.</summary>
    public SchemeReading ToTerms()
    {
        Bound();
        var problems = new List<Problem>();
        var programme = ReadInt(ProgrammeId, "programmeId", problems, required: true);
        AreaCode gemeente = default;
        if (!AreaCode.TryParse(Gemeente?.Trim() ?? string.Empty, out gemeente))
        {
            problems.Add(Problem.Invalid("gemeente", "subsidy.define.gemeente_required"));
        }

        var allocation = Enum.TryParse<AllocationMethod>(Allocation, out var method) && Enum.IsDefined(method) ? method : (AllocationMethod?)null;
        if (allocation is null)
        {
            problems.Add(Problem.Invalid("allocation", "subsidy.define.allocation_required"));
        }

        TieBreakRule? tieBreak = Enum.TryParse<TieBreakRule>(TieBreak, out var rule) && Enum.IsDefined(rule) ? rule : null;
        var criterionRows = Criteria.Select((c, i) => (c, i)).Where(x => !x.c.IsEmpty).Select(x => x.i).ToList();
        var attachmentRows = Attachments.Select((a, i) => (a, i)).Where(x => !x.a.IsEmpty).Select(x => x.i).ToList();
        var criteria = criterionRows.Select(i => new CriterionTerms(Criteria[i].Name, Criteria[i].Description, ReadInt(Criteria[i].Weight, $"criteria[{criterionRows.IndexOf(i)}].weight", problems) ?? 0)).ToList();
        var attachments = attachmentRows.Select(i => new AttachmentTerms(Attachments[i].Kind, Attachments[i].FileTypes, ReadBytes(Attachments[i].MaxMegabytes, $"attachments[{attachmentRows.IndexOf(i)}].maxBytes", problems), Attachments[i].Required)).ToList();
        var terms = new SchemeTerms(
            Name,
            Description,
            programme ?? 0,
            gemeente,
            [.. (FocusAreas ?? []).Where(f => f.Value).Select(f => f.Key)],
            [.. (Projects ?? []).Where(p => p.Value).Select(p => p.Key)],
            ReadMoney(Plafond, "plafond", problems),
            allocation ?? AllocationMethod.FirstComeFirstServed,
            tieBreak,
            ReadDate(OpensOn, "opensOn", problems),
            ReadDate(ClosesOn, "closesOn", problems),
            ReadMoney(MinimumAmount, "minimumAmount", problems),
            ReadMoney(MaximumAmount, "maximumAmount", problems),
            Eligibility,
            criteria,
            ReadInt(ScaleMin, "scaleMin", problems, required: true) ?? 0,
            ReadInt(ScaleMax, "scaleMax", problems, required: true) ?? 0,
            ReadDecimal(MinimumScore, "minimumScore", problems),
            attachments,
            ReadInt(DecisionTermWeeks, "decisionTermWeeks", problems, required: true) ?? 0,
            ReadInt(AdvancePercent, "advancePercent", problems, required: true) ?? 0,
            ReadInt(FinalReportTermWeeks, "finalReportTermWeeks", problems, required: true) ?? 0,
            ObjectionClause);
        return new SchemeReading(problems.Count == 0 ? terms : null, problems, FieldIds(criterionRows, attachmentRows));
    }

    private static string Euros(Money money) => money.Euros.ToString("0.00", CultureInfo.CurrentCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? ReadInt(string? text, string field, List<Problem> problems, bool required = false)
    {
        if (!FormValues.TryInt(text, out var value))
        {
            problems.Add(Problem.Invalid(field, "subsidy.define.number_invalid", text));
            return null;
        }

        if (value is null && required)
        {
            problems.Add(Problem.Invalid(field, "subsidy.define.number_required"));
        }

        return value;
    }

    private static decimal ReadDecimal(string? text, string field, List<Problem> problems)
    {
        if (!FormValues.TryDecimal(text, out var value) || value is null)
        {
            problems.Add(value is null && string.IsNullOrWhiteSpace(text) ? Problem.Invalid(field, "subsidy.define.number_required") : Problem.Invalid(field, "subsidy.define.number_invalid", text));
            return 0m;
        }

        return value.Value;
    }

    private static Money ReadMoney(string? text, string field, List<Problem> problems)
    {
        if (!FormValues.TryDecimal(text, out var euros))
        {
            problems.Add(Problem.Invalid(field, "subsidy.form.amount_invalid", text));
            return Money.Zero;
        }

        // Left empty: 0, which the domain answers with its own message (a plafond or maximum above 0 is required).
        var money = Money.FromEuros(euros ?? 0m, field);
        if (!money.IsSuccess)
        {
            problems.Add(Problem.From(money.Error!));
            return Money.Zero;
        }

        return money.Value;
    }

    private static long ReadBytes(string? megabytes, string field, List<Problem> problems)
    {
        if (!FormValues.TryDecimal(megabytes, out var value))
        {
            problems.Add(Problem.Invalid(field, "subsidy.define.number_invalid", megabytes));
            return 0;
        }

        // The domain says what size is allowed; an absurd figure must not overflow on the way there.
        return value is { } mb && mb > 0 && mb < 1_000_000 ? (long)Math.Round(mb * 1024m * 1024m) : 0;
    }

    private static DateOnly ReadDate(string? text, string field, List<Problem> problems)
    {
        if (!FormValues.TryDate(text, out var date))
        {
            problems.Add(Problem.Invalid(field, "subsidy.form.date_invalid", text));
            return default;
        }

        if (date is null)
        {
            problems.Add(Problem.Invalid(field, "subsidy.define.date_required"));
            return default;
        }

        return date.Value;
    }
}

/// <summary>The form read: the terms (null when a value could not be read), the problems, and the field ids to show them at.</summary>
public sealed record SchemeReading(SchemeTerms? Terms, IReadOnlyList<Problem> Problems, IReadOnlyDictionary<string, string> FieldIds);

/// <summary>One criterion row as typed.</summary>
public sealed class CriterionRow
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Weight { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Weight);
}

/// <summary>One attachment row as typed; the size in megabytes.</summary>
public sealed class AttachmentRow
{
    public string? Kind { get; set; }

    public string? FileTypes { get; set; }

    public string? MaxMegabytes { get; set; }

    public bool Required { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(FileTypes) && string.IsNullOrWhiteSpace(MaxMegabytes) && !Required;
}
