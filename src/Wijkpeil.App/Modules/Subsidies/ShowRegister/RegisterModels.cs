using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ShowRegister;

/// <summary>The public subsidy register as of <see cref="AsOf"/>: published schemes with their granted applications.</summary>
public sealed record PublicRegister(DateOnly AsOf, IReadOnlyList<RegisterScheme> Schemes)
{
    public IEnumerable<RegisterGrant> Grants => Schemes.SelectMany(s => s.Grants);
}

/// <summary>A published scheme as the public sees it: its terms and its money, nothing about applicants.</summary>
public sealed record RegisterScheme(
    int Id,
    string Slug,
    string Name,
    string? Description,
    string? Eligibility,
    string GemeenteCode,
    string GemeenteName,
    IReadOnlyList<string> FocusAreas,
    Money Plafond,
    Money Granted,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    SchemeStatus Status,
    AllocationMethod Allocation,
    TieBreakRule? TieBreak,
    Money Minimum,
    Money Maximum,
    IReadOnlyList<RegisterCriterion> Criteria,
    int ScaleMin,
    int ScaleMax,
    decimal MinimumScore,
    IReadOnlyList<RegisterAttachment> Attachments,
    int DecisionTermWeeks,
    int AdvancePercent,
    IReadOnlyList<int> ProjectIds,
    bool IsExampleData,
    IReadOnlyList<RegisterGrant> Grants,
    bool IsRunElsewhere = false)
{
    public Money Remaining => Plafond - Granted;

    public Money Paid => Money.Sum(Grants.Select(g => g.Disbursed));

    /// <summary>Plafond, granted, settled, paid, reclaimed and remaining, from the same grants the register lists.</summary>
    public Schemes.SchemeTotals Totals => Schemes.SchemeTotals.Of(Plafond, Granted, Grants.Select(g => new Schemes.GrantMoney(g.Settled?.Cents, g.Disbursed.Cents, g.Reclaimed.Cents)));

    public bool AcceptsApplications => Status == SchemeStatus.Open && !IsRunElsewhere;
}

/// <summary>A criterion with its weight.</summary>
public sealed record RegisterCriterion(string Name, string? Description, int Weight);

/// <summary>An attachment the scheme asks for.</summary>
public sealed record RegisterAttachment(string Kind, string FileTypes, long MaxBytes, bool Required);

/// <summary>
/// A granted application in the register. It holds no personal data: the recipient is an organisation's name, or
/// null for a private person ("particulier"); the applicant's name, e-mail, phone, address and KvK are never read.
/// <see cref="Disbursed"/> is net of <see cref="Reclaimed"/> (what was paid back after settlement).
/// </summary>
public sealed record RegisterGrant(
    string Reference,
    int SchemeId,
    string? OrganisationName,
    string Title,
    string Summary,
    string? AreaCode,
    string? AreaName,
    Money Requested,
    Money Awarded,
    Money? Settled,
    Money Disbursed,
    DateOnly? AwardDate,
    bool IsExampleData,
    Money Reclaimed = default);
