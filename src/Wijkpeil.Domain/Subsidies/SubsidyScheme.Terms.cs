using System.Globalization;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>The checks of a scheme's terms as a whole; nothing changes when one is refused.</summary>
public sealed partial class SubsidyScheme
{
    public const int MaxDecisionTermWeeks = 52;
    public const int MaxFinalReportTermWeeks = 104;

    private DomainError? Apply(SchemeTerms terms)
    {
        var name = TextRules.Required(terms.Name, NameMaxLength, "subsidy.scheme.name", "de naam van de regeling", "name");
        var description = TextRules.OptionalRaw(terms.Description, DescriptionMaxLength, "subsidy.scheme.description", "de beschrijving", "description");
        var eligibility = TextRules.OptionalRaw(terms.Eligibility, EligibilityMaxLength, "subsidy.scheme.eligibility", "de voorwaarden", "eligibility");
        var objection = TextRules.Required(terms.ObjectionClause, ObjectionClauseMaxLength, "subsidy.scheme.objection", "de bezwaarclausule", "objectionClause");
        var firstTextError = new[] { name.Error, description.Error, eligibility.Error, objection.Error }.FirstOrDefault(e => e is not null);
        if (firstTextError is not null)
        {
            return firstTextError;
        }

        var error = CheckAmounts(terms) ?? CheckDates(terms) ?? CheckAssessment(terms) ?? CheckTerms(terms);
        if (error is not null)
        {
            return error;
        }

        if (terms.Gemeente.Level != AreaLevel.Municipality)
        {
            return new DomainError("subsidy.scheme.gemeente", $"Een regeling hoort bij een gemeente (GMnnnn), niet bij {terms.Gemeente}.", "gemeente", terms.Gemeente.Value);
        }

        var criteria = new List<SchemeCriterion>();
        foreach (var (criterion, index) in terms.Criteria.Select((c, i) => (c, i)))
        {
            var made = SchemeCriterion.Create(index + 1, criterion.Name, criterion.Description, criterion.Weight, $"criteria[{index}]");
            if (!made.IsSuccess)
            {
                return made.Error;
            }

            criteria.Add(made.Value);
        }

        var attachments = new List<AttachmentRequirement>();
        foreach (var (attachment, index) in terms.Attachments.Select((a, i) => (a, i)))
        {
            var made = AttachmentRequirement.Create(index + 1, attachment.Kind, attachment.FileTypes, attachment.MaxBytes, attachment.Required, $"attachments[{index}]");
            if (!made.IsSuccess)
            {
                return made.Error;
            }

            attachments.Add(made.Value);
        }

        Name = name.Value;
        Description = description.Value;
        Eligibility = eligibility.Value;
        ObjectionClause = objection.Value;
        ProgrammeId = terms.ProgrammeId;
        Gemeente = terms.Gemeente;
        FocusAreas = [.. terms.FocusAreas.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal)];
        ProjectIds = [.. terms.ProjectIds.Distinct()];
        PlafondCents = terms.Plafond.Cents;
        Allocation = terms.Allocation;
        TieBreak = terms.Allocation == AllocationMethod.Tender ? terms.TieBreak : null;
        OpensOn = terms.OpensOn;
        ClosesOn = terms.ClosesOn;
        MinimumCents = terms.MinimumAmount.Cents;
        MaximumCents = terms.MaximumAmount.Cents;
        ScaleMin = terms.ScaleMin;
        ScaleMax = terms.ScaleMax;
        MinimumScore = terms.MinimumScore;
        DecisionTermWeeks = terms.DecisionTermWeeks;
        AdvancePercent = terms.AdvancePercent;
        FinalReportTermWeeks = terms.FinalReportTermWeeks;

        // Same-position rows keep their ids where the list only changed text (a draft's edit), so scores and
        // motivations that name a criterion keep pointing at it.
        ReplaceByPosition(_criteria, criteria, (old, made) => old.CopyFrom(made));
        ReplaceByPosition(_attachments, attachments, (old, made) => old.CopyFrom(made));
        return null;
    }

    private static void ReplaceByPosition<T>(List<T> current, List<T> wanted, Action<T, T> copy)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            if (i < current.Count)
            {
                copy(current[i], wanted[i]);
            }
            else
            {
                current.Add(wanted[i]);
            }
        }

        current.RemoveRange(wanted.Count, current.Count - wanted.Count);
    }

    private static DomainError? CheckAmounts(SchemeTerms terms)
    {
        if (terms.Plafond.Cents <= 0)
        {
            return new DomainError("subsidy.scheme.plafond_required", "Vul het subsidieplafond in (meer dan 0 euro).", "plafond");
        }

        if (terms.MinimumAmount.Cents < 0 || terms.MaximumAmount.Cents <= 0)
        {
            return new DomainError("subsidy.scheme.amounts_required", "Vul het minimum (0 of meer) en het maximum per aanvraag (meer dan 0 euro) in.", "maximumAmount");
        }

        if (terms.MinimumAmount > terms.MaximumAmount)
        {
            return new DomainError("subsidy.scheme.minimum_above_maximum", string.Create(CultureInfo.InvariantCulture, $"Het minimum ({terms.MinimumAmount} euro) is hoger dan het maximum ({terms.MaximumAmount} euro)."), "minimumAmount", terms.MinimumAmount.Euros, terms.MaximumAmount.Euros);
        }

        return terms.MaximumAmount > terms.Plafond
            ? new DomainError("subsidy.scheme.maximum_above_plafond", string.Create(CultureInfo.InvariantCulture, $"Het maximum per aanvraag ({terms.MaximumAmount} euro) is hoger dan het plafond ({terms.Plafond} euro)."), "maximumAmount", terms.MaximumAmount.Euros, terms.Plafond.Euros)
            : null;
    }

    private static DomainError? CheckDates(SchemeTerms terms) =>
        terms.ClosesOn < terms.OpensOn
            ? new DomainError("subsidy.scheme.closes_before_opens", $"De sluitingsdatum ({terms.ClosesOn:yyyy-MM-dd}) ligt voor de openingsdatum ({terms.OpensOn:yyyy-MM-dd}).", "closesOn", terms.ClosesOn, terms.OpensOn)
            : null;

    private static DomainError? CheckAssessment(SchemeTerms terms)
    {
        var scale = ScoreScale.Create(terms.ScaleMin, terms.ScaleMax);
        if (!scale.IsSuccess)
        {
            return scale.Error! with { Field = "scaleMax" };
        }

        if (terms.MinimumScore < terms.ScaleMin || terms.MinimumScore > terms.ScaleMax)
        {
            return new DomainError("subsidy.scheme.minimum_score", string.Create(CultureInfo.InvariantCulture, $"De minimumscore ({terms.MinimumScore}) ligt niet op de schaal {terms.ScaleMin} tot en met {terms.ScaleMax}."), "minimumScore", terms.MinimumScore, terms.ScaleMin, terms.ScaleMax);
        }

        if (terms.Criteria.Count == 0 || terms.Criteria.Count > MaxCriteria)
        {
            return new DomainError("subsidy.scheme.criteria_count", $"Een regeling heeft 1 tot en met {MaxCriteria} beoordelingscriteria.", "criteria", MaxCriteria);
        }

        if (terms.Attachments.Count > MaxAttachments)
        {
            return new DomainError("subsidy.scheme.attachments_count", $"Een regeling vraagt om ten hoogste {MaxAttachments} soorten bijlagen.", "attachments", MaxAttachments);
        }

        return terms.Allocation == AllocationMethod.Tender && terms.TieBreak is null
            ? new DomainError("subsidy.scheme.tie_break_required", "Leg bij een tender vooraf vast hoe gelijke scores worden gerangschikt.", "tieBreak")
            : null;
    }

    private static DomainError? CheckTerms(SchemeTerms terms)
    {
        if (terms.DecisionTermWeeks is < 1 or > MaxDecisionTermWeeks)
        {
            return new DomainError("subsidy.scheme.decision_term", $"De beslistermijn is 1 tot en met {MaxDecisionTermWeeks} weken (gegeven {terms.DecisionTermWeeks}).", "decisionTermWeeks", terms.DecisionTermWeeks, MaxDecisionTermWeeks);
        }

        if (terms.AdvancePercent is < 0 or > 100)
        {
            return new DomainError("subsidy.scheme.advance_percent", $"Het voorschot is 0 tot en met 100 procent (gegeven {terms.AdvancePercent}).", "advancePercent", terms.AdvancePercent);
        }

        return terms.FinalReportTermWeeks is < 1 or > MaxFinalReportTermWeeks
            ? new DomainError("subsidy.scheme.report_term", $"De termijn voor de aanvraag tot vaststelling is 1 tot en met {MaxFinalReportTermWeeks} weken (gegeven {terms.FinalReportTermWeeks}).", "finalReportTermWeeks", terms.FinalReportTermWeeks, MaxFinalReportTermWeeks)
            : null;
    }
}
