using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>Writing and filing: the applicant's part before the clock runs.</summary>
public sealed partial class SubsidyApplication
{
    /// <summary>A new draft under <paramref name="scheme"/>, reachable by the secret whose hash is <paramref name="accessHash"/>.</summary>
    public static Result<SubsidyApplication> Start(SubsidyScheme scheme, ApplicationForm form, string accessHash, DateTimeOffset now, DateOnly today, bool isExampleData = false)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(form);
        if (!scheme.AcceptsApplicationsOn(today))
        {
            return Closed(scheme);
        }

        var application = new SubsidyApplication
        {
            SchemeId = scheme.Id,
            Year = today.Year,
            AccessHash = accessHash,
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
            IsExampleData = isExampleData,
        };
        var error = application.Fill(form);
        return error is null ? application : error;
    }

    /// <summary>Replaces what the applicant typed; only while it is a draft.</summary>
    public Result<SubsidyApplication> Edit(ApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Status != ApplicationStatus.Draft)
        {
            return NotInState("subsidy.application.not_draft", "Deze aanvraag is al ingediend en kan niet meer worden gewijzigd.");
        }

        var error = Fill(form);
        return error is null ? this : error;
    }

    /// <summary>Adds a file (checked by content by the module); while a draft, or while a completion is asked for.</summary>
    public Result<ApplicationAttachment> AddAttachment(ApplicationAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.AwaitingCompletion))
        {
            return Result<ApplicationAttachment>.Failure("subsidy.application.attachments_closed", "Bijlagen toevoegen kan alleen aan een concept of wanneer om aanvulling is gevraagd.", "attachments");
        }

        if (_attachments.Count >= 30)
        {
            return Result<ApplicationAttachment>.Failure("subsidy.application.too_many_attachments", "Een aanvraag heeft ten hoogste 30 bijlagen.", "attachments", 30);
        }

        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>Removes a file of a draft; returns its stored name so the module can delete the file itself.</summary>
    public Result<string> RemoveAttachment(int attachmentId)
    {
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (Status != ApplicationStatus.Draft || attachment is null)
        {
            return Result<string>.Failure("subsidy.application.attachment_not_removable", "Deze bijlage kan niet (meer) worden verwijderd.", "attachments");
        }

        _attachments.Remove(attachment);
        return attachment.StoredName;
    }

    /// <summary>
    /// Files the application: only while the scheme is open, with every required field, an amount within the scheme's
    /// minimum and maximum and not above the budget, and every required attachment. Every problem is reported at its
    /// field; nothing changes when any is found.
    /// </summary>
    public IReadOnlyList<DomainError> Submit(SubsidyScheme scheme, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (Status != ApplicationStatus.Draft)
        {
            return [NotInState("subsidy.application.not_draft", "Deze aanvraag is al ingediend.").Error!];
        }

        var problems = SubmissionProblems(scheme, today);
        if (problems.Count > 0)
        {
            return problems;
        }

        Status = ApplicationStatus.Received;
        SubmittedAt = now;
        ReceivedOn = today;
        CompleteAt = now;
        return [];
    }

    /// <summary>Withdraws a filed application before it is decided.</summary>
    public Result<SubsidyApplication> Withdraw()
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Received or ApplicationStatus.AwaitingCompletion))
        {
            return NotInState("subsidy.application.not_withdrawable", "Over deze aanvraag is al besloten; intrekken kan niet meer.");
        }

        Status = ApplicationStatus.Withdrawn;
        return this;
    }

    private List<DomainError> SubmissionProblems(SubsidyScheme scheme, DateOnly today)
    {
        var problems = new List<DomainError>();
        if (!scheme.AcceptsApplicationsOn(today))
        {
            problems.Add(Closed(scheme).Error!);
        }

        if (Title.Length == 0)
        {
            problems.Add(new DomainError("subsidy.application.title.required", "Geef uw initiatief een titel.", "title"));
        }

        if (Summary.Length == 0)
        {
            problems.Add(new DomainError("subsidy.application.summary.required", "Beschrijf wat u gaat doen.", "summary"));
        }

        if (Area is null)
        {
            problems.Add(new DomainError("subsidy.application.area.required", "Kies de wijk of buurt waar uw initiatief plaatsvindt.", "area"));
        }

        if (StartsOn is null || EndsOn is null)
        {
            problems.Add(new DomainError("subsidy.application.dates.required", "Vul de begin- en einddatum van uw initiatief in.", StartsOn is null ? "startsOn" : "endsOn"));
        }

        problems.AddRange(AmountProblems(scheme));
        foreach (var requirement in scheme.Attachments.Where(r => r.IsRequired).OrderBy(r => r.Position))
        {
            if (!_attachments.Any(a => a.RequirementId == requirement.Id))
            {
                problems.Add(new DomainError("subsidy.application.attachment.required", $"Voeg de verplichte bijlage '{requirement.Kind}' toe.", $"attachments[{requirement.Id}]", requirement.Kind));
            }
        }

        return problems;
    }

    private IEnumerable<DomainError> AmountProblems(SubsidyScheme scheme)
    {
        if (AmountRequestedCents <= 0)
        {
            yield return new DomainError("subsidy.application.amount.required", "Vul het bedrag in waarvoor u subsidie aanvraagt.", "amountRequested");
            yield break;
        }

        if (AmountRequested > scheme.MaximumAmount)
        {
            yield return new DomainError("subsidy.application.amount.above_maximum", string.Create(CultureInfo.InvariantCulture, $"U vraagt {AmountRequested} euro; deze regeling geeft ten hoogste {scheme.MaximumAmount} euro per aanvraag."), "amountRequested", AmountRequested.Euros, scheme.MaximumAmount.Euros);
        }

        if (AmountRequested < scheme.MinimumAmount)
        {
            yield return new DomainError("subsidy.application.amount.below_minimum", string.Create(CultureInfo.InvariantCulture, $"U vraagt {AmountRequested} euro; deze regeling geeft ten minste {scheme.MinimumAmount} euro per aanvraag."), "amountRequested", AmountRequested.Euros, scheme.MinimumAmount.Euros);
        }

        if (_budgetLines.Count == 0)
        {
            yield return new DomainError("subsidy.application.budget.required", "Vul ten minste één begrotingsregel in.", "budgetLines");
        }
        else if (AmountRequested > Money.Sum(_budgetLines.Select(b => b.Amount)))
        {
            var total = Money.Sum(_budgetLines.Select(b => b.Amount));
            yield return new DomainError("subsidy.application.amount.above_budget", string.Create(CultureInfo.InvariantCulture, $"U vraagt {AmountRequested} euro, meer dan uw begroting ({total} euro)."), "amountRequested", AmountRequested.Euros, total.Euros);
        }
    }

    private DomainError? Fill(ApplicationForm form)
    {
        var title = TextRules.Optional(form.Title, TitleMaxLength, "subsidy.application.title", "de titel", "title");
        var summary = TextRules.Optional(form.Summary, SummaryMaxLength, "subsidy.application.summary", "de beschrijving", "summary");
        var planning = TextRules.Optional(form.Planning, PlanningMaxLength, "subsidy.application.planning", "de planning", "planning");
        if (new[] { title.Error, summary.Error, planning.Error }.FirstOrDefault(e => e is not null) is { } textError)
        {
            return textError;
        }

        if (form.StartsOn is { } starts && form.EndsOn is { } ends && ends < starts)
        {
            return new DomainError("subsidy.application.dates.order", $"De einddatum ({ends:yyyy-MM-dd}) ligt voor de begindatum ({starts:yyyy-MM-dd}).", "endsOn", ends, starts);
        }

        if (form.AmountRequested is { Cents: < 0 } negative)
        {
            return new DomainError("money.negative", "Het bedrag kan niet negatief zijn.", "amountRequested", negative.Euros);
        }

        if (form.BudgetLines.Count > MaxBudgetLines)
        {
            return new DomainError("subsidy.application.budget.too_many", $"Een begroting heeft ten hoogste {MaxBudgetLines} regels.", "budgetLines", MaxBudgetLines);
        }

        var lines = new List<BudgetLine>();
        foreach (var (line, index) in form.BudgetLines.Select((l, i) => (l, i)))
        {
            var made = BudgetLine.Create(index + 1, line.Description, line.Amount, $"budgetLines[{index}]");
            if (!made.IsSuccess)
            {
                return made.Error;
            }

            lines.Add(made.Value);
        }

        // A copy of its own: the applicant is stored with this application alone (an EF owned value must not be
        // shared by two applications built from one form).
        Applicant = form.Applicant with { };
        Title = title.Value ?? string.Empty;
        Summary = summary.Value ?? string.Empty;
        Planning = planning.Value;
        Area = form.Area;
        AmountRequestedCents = form.AmountRequested?.Cents ?? 0;
        StartsOn = form.StartsOn;
        EndsOn = form.EndsOn;
        _budgetLines.Clear();
        _budgetLines.AddRange(lines);
        return null;
    }

    private static Result<SubsidyApplication> Closed(SubsidyScheme scheme) => scheme.IsRunElsewhere
        ? Result<SubsidyApplication>.Failure("subsidy.application.scheme_run_elsewhere", $"De regeling '{scheme.Name}' loopt buiten Wijkpeil: vraag subsidie aan bij de gemeente.", null, scheme.Name)
        : Result<SubsidyApplication>.Failure("subsidy.application.scheme_closed", $"De regeling '{scheme.Name}' is niet open voor aanvragen (open van {scheme.OpensOn:yyyy-MM-dd} tot en met {scheme.ClosesOn:yyyy-MM-dd}).", null, scheme.OpensOn, scheme.ClosesOn);

    private static Result<SubsidyApplication> NotInState(string code, string message) =>
        Result<SubsidyApplication>.Failure(code, message, null);
}
