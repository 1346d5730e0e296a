using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// The application form as posted: text, so a wrong entry comes back as typed with a message at its field. Read into
/// the domain's <see cref="ApplicationForm"/> by <see cref="ToForm"/>.
/// </summary>
public sealed class ApplicationInput
{
    /// <summary>How many budget lines the form shows; an applicant with more groups them.</summary>
    public const int BudgetRows = 8;

    private static readonly string[] Fields =
    [
        "kind", "contactName", "email", "phone", "organisationName", "kvkNumber", "address", "postalCode", "city",
        "title", "summary", "area", "amountRequested", "startsOn", "endsOn", "planning", "budgetLines",
    ];

    public string? Kind { get; set; } = nameof(ApplicantKind.Person);

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? OrganisationName { get; set; }

    public string? KvkNumber { get; set; }

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Area { get; set; }

    public string? Amount { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public string? Planning { get; set; }

    public List<BudgetRow> Lines { get; set; } = [];

    /// <summary>The field ids of the form, for <see cref="ProblemForms"/>: request field → HTML id.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds(IEnumerable<int> requirementIds)
    {
        var ids = Fields.ToDictionary(f => f, Id, StringComparer.Ordinal);
        for (var row = 0; row < BudgetRows; row++)
        {
            ids[$"budgetLines[{row}].description"] = Id($"lines-{row}-description");
            ids[$"budgetLines[{row}].amount"] = Id($"lines-{row}-amount");
        }

        foreach (var requirement in requirementIds)
        {
            ids[$"attachments[{requirement}]"] = Id(UploadedFiles.InputName(requirement));
        }

        return ids;
    }

    public static string Id(string field) => "aanvraag-" + field;

    public static ApplicationInput From(SubsidyApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var input = new ApplicationInput
        {
            Kind = application.Applicant.Kind.ToString(),
            ContactName = application.Applicant.ContactName,
            Email = application.Applicant.Email,
            Phone = application.Applicant.Phone,
            OrganisationName = application.Applicant.OrganisationName,
            KvkNumber = application.Applicant.KvkNumber,
            Address = application.Applicant.Address,
            PostalCode = application.Applicant.PostalCode,
            City = application.Applicant.City,
            Title = application.Title,
            Summary = application.Summary,
            Area = application.Area?.Value,
            Amount = application.AmountRequestedCents > 0 ? application.AmountRequested.Euros.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture) : null,
            StartsOn = application.StartsOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            EndsOn = application.EndsOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Planning = application.Planning,
            Lines = [.. application.BudgetLines.OrderBy(l => l.Position).Select(l => new BudgetRow { Description = l.Description, Amount = l.Amount.Euros.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture) })],
        };
        return input.WithRows();
    }

    /// <summary>The form with <see cref="BudgetRows"/> rows, empty ones added.</summary>
    public ApplicationInput WithRows()
    {
        while (Lines.Count < BudgetRows)
        {
            Lines.Add(new BudgetRow());
        }

        return this;
    }

    /// <summary>The typed values as the domain reads them, or the problems at their fields.</summary>
    public (ApplicationForm? Form, IReadOnlyList<Problem> Problems) ToForm()
    {
        var problems = new List<Problem>();
        if (!Enum.TryParse<ApplicantKind>(Kind, out var kind) || !Enum.IsDefined(kind))
        {
            problems.Add(Problem.Invalid("kind", "subsidy.applicant.kind"));
        }

        var applicant = Applicant.Create(kind, ContactName, Email, Phone, OrganisationName, KvkNumber, Address, PostalCode, City);
        if (!applicant.IsSuccess)
        {
            problems.Add(Problem.From(applicant.Error!));
        }

        var amount = ReadMoney(Amount, "amountRequested", problems);
        var starts = ReadDate(StartsOn, "startsOn", problems);
        var ends = ReadDate(EndsOn, "endsOn", problems);
        AreaCode? area = null;
        if (!string.IsNullOrWhiteSpace(Area))
        {
            if (AreaCode.TryParse(Area.Trim(), out var code))
            {
                area = code;
            }
            else
            {
                problems.Add(Problem.Invalid("area", "subsidy.application.area.outside", Area));
            }
        }

        var lines = new List<BudgetLineInput>();
        foreach (var (row, index) in Lines.Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(row.Description) && string.IsNullOrWhiteSpace(row.Amount))
            {
                continue;
            }

            var lineAmount = ReadMoney(row.Amount, $"budgetLines[{index}].amount", problems);
            lines.Add(new BudgetLineInput(row.Description, lineAmount ?? Money.Zero));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ApplicationForm(applicant.Value, Title, Summary, area, amount, lines, starts, ends, Planning), []);
    }

    private static Money? ReadMoney(string? text, string field, List<Problem> problems)
    {
        if (!FormValues.TryDecimal(text, out var euros))
        {
            problems.Add(Problem.Invalid(field, "subsidy.form.amount_invalid", text));
            return null;
        }

        if (euros is null)
        {
            return null;
        }

        var money = Money.FromEuros(euros.Value, field);
        if (!money.IsSuccess)
        {
            problems.Add(Problem.From(money.Error!));
            return null;
        }

        return money.Value;
    }

    private static DateOnly? ReadDate(string? text, string field, List<Problem> problems)
    {
        if (FormValues.TryDate(text, out var date))
        {
            return date;
        }

        problems.Add(Problem.Invalid(field, "subsidy.form.date_invalid", text));
        return null;
    }
}

/// <summary>One budget line as typed.</summary>
public sealed class BudgetRow
{
    public string? Description { get; set; }

    public string? Amount { get; set; }
}
