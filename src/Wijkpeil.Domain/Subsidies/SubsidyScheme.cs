using System.Globalization;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A subsidieregeling: a call with a plafond, dates, criteria and terms, run by the subsidy officers of one gemeente.
/// </summary>
/// <remarks>
/// <para>
/// Everything can change while it is a draft. Publishing freezes the terms an applicant relies on: the plafond, the
/// amounts, criteria, dates and allocation (Awb 4:25–4:27). After that a plafond changes only through
/// <see cref="ChangePlafond"/>, recorded with its reason and moment, and a lower plafond never touches applications
/// already filed: <see cref="PlafondFor"/> gives each application the plafond in force when it was filed.
/// </para>
/// <para>
/// <see cref="GrantedCents"/> is the ledger of the plafond: the sum of all granted amounts, raised and lowered only in
/// the same transaction as the decision that grants, and only by a conditional update that refuses to pass the
/// plafond. Two officers granting the last room at the same moment cannot both succeed (Awb 4:25 lid 2).
/// </para>
/// </remarks>
public sealed partial class SubsidyScheme
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int EligibilityMaxLength = 20_000;
    public const int ObjectionClauseMaxLength = 5_000;
    public const int SlugMaxLength = 80;
    public const int MaxCriteria = 20;
    public const int MaxAttachments = 10;
    public const int PlafondReasonMaxLength = 1_000;

    private readonly List<SchemeCriterion> _criteria = [];
    private readonly List<AttachmentRequirement> _attachments = [];
    private readonly List<PlafondChange> _plafondChanges = [];

    private SubsidyScheme()
    {
        Slug = string.Empty;
        Name = string.Empty;
        ObjectionClause = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The scheme's address on the public pages: <c>/subsidies/{slug}</c>.</summary>
    public string Slug { get; private set; }

    public string Name { get; private set; }

    /// <summary>Markdown exactly as typed; rendered and sanitised at the edge.</summary>
    public string? Description { get; private set; }

    public int ProgrammeId { get; private set; }

    /// <summary>The gemeente (GMnnnn) whose officers run the scheme; it decides who may handle it.</summary>
    public AreaCode Gemeente { get; private set; }

    public List<string> FocusAreas { get; private set; } = [];

    public List<int> ProjectIds { get; private set; } = [];

    public long PlafondCents { get; private set; }

    public Money Plafond => Money.FromCents(PlafondCents);

    /// <summary>The sum of granted amounts in cents (see the remarks).</summary>
    public long GrantedCents { get; private set; }

    public AllocationMethod Allocation { get; private set; }

    public TieBreakRule? TieBreak { get; private set; }

    /// <summary>The seed of a lot, drawn when the scheme is published and kept, so a ranking by lot can be checked.</summary>
    public string? LotSeed { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public long MinimumCents { get; private set; }

    public long MaximumCents { get; private set; }

    public Money MinimumAmount => Money.FromCents(MinimumCents);

    public Money MaximumAmount => Money.FromCents(MaximumCents);

    /// <summary>Markdown: who and what can be subsidised.</summary>
    public string? Eligibility { get; private set; }

    public IReadOnlyList<SchemeCriterion> Criteria => _criteria;

    public int ScaleMin { get; private set; }

    public int ScaleMax { get; private set; }

    public decimal MinimumScore { get; private set; }

    /// <summary>The score scale criteria are scored on.</summary>
    public ScoreScale Scale => ScoreScale.Create(ScaleMin, ScaleMax).Value;

    public IReadOnlyList<AttachmentRequirement> Attachments => _attachments;

    /// <summary>The decision term in weeks (Awb 4:13; 8 when the regulation sets none).</summary>
    public int DecisionTermWeeks { get; private set; }

    /// <summary>The share of a grant paid in advance (voorschot), 0 to 100.</summary>
    public int AdvancePercent { get; private set; }

    /// <summary>Weeks after a project's end within which the final report (aanvraag tot vaststelling) is due.</summary>
    public int FinalReportTermWeeks { get; private set; }

    /// <summary>The rechtsmiddelenclausule (Awb 3:45) every decision letter ends with.</summary>
    public string ObjectionClause { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt.HasValue;

    public IReadOnlyList<PlafondChange> PlafondChanges => _plafondChanges;

    /// <summary>Set only by <c>wijkpeil demo load</c>; pages mark it.</summary>
    public bool IsExampleData { get; private set; }

    public Money Granted => Money.FromCents(GrantedCents);

    public Money Remaining => Plafond - Granted;

    /// <summary>The Dutch default rechtsmiddelenclausule, for a new scheme's form.</summary>
    public const string DefaultObjectionClause =
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit besluit is verzonden bezwaar maken bij het bestuursorgaan dat het besluit heeft genomen (artikel 6:7 Awb). " +
        "Uw bezwaarschrift moet ondertekend zijn en bevat ten minste uw naam en adres, de datum, een omschrijving van het besluit waartegen u bezwaar maakt en de redenen van uw bezwaar (artikel 6:5 Awb).";

    /// <summary>Where the scheme stands on <paramref name="today"/>; a scheme run elsewhere is open ("opengesteld", as recorded).</summary>
    public SchemeStatus StatusOn(DateOnly today) =>
        !IsPublished ? SchemeStatus.Draft
        : IsRunElsewhere ? SchemeStatus.Open
        : today < OpensOn ? SchemeStatus.Announced
        : today <= ClosesOn ? SchemeStatus.Open
        : SchemeStatus.Closed;

    public static Result<SubsidyScheme> Create(string slug, SchemeTerms terms, bool isExampleData = false)
    {
        var scheme = new SubsidyScheme { IsExampleData = isExampleData };
        var slugCheck = Programmes.Slug.Check(slug, "subsidy.scheme");
        if (!slugCheck.IsSuccess)
        {
            return slugCheck.Error! with { Field = "slug", Arguments = [slug] };
        }

        scheme.Slug = slugCheck.Value;
        var applied = scheme.Apply(terms);
        return applied is null ? scheme : applied;
    }

    /// <summary>
    /// Replaces the terms of a draft. A published scheme keeps what applicants rely on; only its description,
    /// eligibility text, focus areas, projects and objection clause may still be improved.
    /// </summary>
    public Result<SubsidyScheme> Change(SchemeTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (IsRunElsewhere)
        {
            return RunElsewhereRefusal();
        }

        if (IsPublished)
        {
            var frozen = FrozenChange(terms);
            if (frozen is not null)
            {
                return frozen;
            }
        }

        var error = Apply(terms);
        return error is null ? this : error;
    }

    /// <summary>Publishes the scheme: from now on the plafond and the terms are frozen. A lot's seed is drawn now.</summary>
    public Result<SubsidyScheme> Publish(DateTimeOffset now, string lotSeed)
    {
        if (IsRunElsewhere)
        {
            return RunElsewhereRefusal();
        }

        if (IsPublished)
        {
            return Result<SubsidyScheme>.Failure("subsidy.scheme.already_published", "Deze regeling is al gepubliceerd.", null);
        }

        PublishedAt = now;
        LotSeed = TieBreak == TieBreakRule.Lot ? lotSeed : null;
        return this;
    }

    /// <summary>
    /// Changes a published plafond with a reason (Awb 4:27). It cannot go below what is already granted; applications
    /// filed before a lowering keep the plafond of their filing (<see cref="PlafondFor"/>).
    /// </summary>
    public Result<SubsidyScheme> ChangePlafond(Money amount, string? reason, DateTimeOffset now)
    {
        if (IsRunElsewhere)
        {
            return RunElsewhereRefusal();
        }

        var why = TextRules.Required(reason, PlafondReasonMaxLength, "subsidy.plafond.reason", "de reden van de wijziging", "reason");
        if (!why.IsSuccess)
        {
            return why.Error!;
        }

        if (amount.Cents <= 0)
        {
            return Result<SubsidyScheme>.Failure("money.not_positive", "Het plafond moet groter zijn dan 0 euro.", "plafond", amount.Euros);
        }

        if (amount < Granted)
        {
            return Result<SubsidyScheme>.Failure(
                "subsidy.plafond.below_granted",
                string.Create(CultureInfo.InvariantCulture, $"Het plafond kan niet lager worden dan wat al is verleend ({Granted} euro)."),
                "plafond",
                amount.Euros,
                Granted.Euros);
        }

        _plafondChanges.Add(PlafondChange.Create(PlafondCents, amount.Cents, now, why.Value));
        PlafondCents = amount.Cents;
        return this;
    }

    /// <summary>
    /// The plafond an application filed at <paramref name="filedAt"/> is decided against: the current one, or a
    /// higher one that was in force when it was filed (a later lowering does not touch it).
    /// </summary>
    public Money PlafondFor(DateTimeOffset? filedAt)
    {
        var current = PlafondCents;
        if (filedAt is null)
        {
            return Money.FromCents(current);
        }

        // The plafond in force at filing: the "previous" of the first change after it, else the current one.
        var firstLater = _plafondChanges.Where(c => c.EffectiveAt > filedAt).OrderBy(c => c.EffectiveAt).FirstOrDefault();
        var atFiling = firstLater?.PreviousCents ?? current;
        return Money.FromCents(Math.Max(current, atFiling));
    }

    /// <summary>
    /// Whether <paramref name="today"/>, a day in Europe/Amsterdam, is within the opening period; never for a scheme
    /// run elsewhere (people apply at the gemeente).
    /// </summary>
    public bool AcceptsApplicationsOn(DateOnly today) => !IsRunElsewhere && StatusOn(today) == SchemeStatus.Open;

    private DomainError? FrozenChange(SchemeTerms terms)
    {
        var frozen = terms.Plafond.Cents != PlafondCents
            || terms.Allocation != Allocation
            || terms.TieBreak != TieBreak
            || terms.OpensOn != OpensOn
            || terms.ClosesOn != ClosesOn
            || terms.MinimumAmount.Cents != MinimumCents
            || terms.MaximumAmount.Cents != MaximumCents
            || terms.ScaleMin != ScaleMin
            || terms.ScaleMax != ScaleMax
            || terms.MinimumScore != MinimumScore
            || terms.DecisionTermWeeks != DecisionTermWeeks
            || terms.AdvancePercent != AdvancePercent
            || terms.FinalReportTermWeeks != FinalReportTermWeeks
            || terms.ProgrammeId != ProgrammeId
            || terms.Gemeente != Gemeente
            || terms.Criteria.Count != _criteria.Count
            || terms.Criteria.Zip(_criteria.OrderBy(c => c.Position)).Any(p => p.First.Weight != p.Second.Weight || p.First.Name?.Trim() != p.Second.Name)
            || terms.Attachments.Count != _attachments.Count;
        return frozen
            ? new DomainError("subsidy.scheme.frozen", "De regeling is gepubliceerd: plafond, bedragen, data, criteria, bijlagen en termijnen liggen vast. Wijzig het plafond apart, met een reden.", null)
            : null;
    }
}
