using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// The subsidy schemes that fund agenda projects, read at page time from the Subsidies module (which sits above
/// Agenda and implements this), so a scheme's money is never typed twice into a funding line: committed is what the
/// scheme granted, spent is what it paid (minus what it reclaimed).
/// </summary>
public interface IAgendaSubsidies
{
    /// <summary>
    /// The cache tag of every public page showing subsidy money (the register, a scheme's page, an agenda page with a
    /// scheme block): a decision, payment, settlement or reclaim names it (<c>IPublicChanges.Invalidate</c>).
    /// </summary>
    const string CacheTag = "subsidies";

    /// <summary>The published schemes linked to any of <paramref name="projectIds"/>, with their granted initiatives; at most two SQL commands.</summary>
    Task<IReadOnlyList<ProjectSubsidyScheme>> ForProjectsAsync(IReadOnlyCollection<int> projectIds, CancellationToken ct);
}

/// <summary>A scheme as the agenda shows it beside a project.</summary>
/// <param name="Slug">Its public page is <c>/subsidies/{slug}</c>.</param>
/// <param name="Name">The scheme's name.</param>
/// <param name="ProjectIds">The agenda projects it is linked to.</param>
/// <param name="Plafond">The subsidieplafond; null when its terms are not published in Wijkpeil.</param>
/// <param name="Committed">The sum of granted amounts.</param>
/// <param name="Spent">Paid minus reclaimed.</param>
/// <param name="Grants">The granted initiatives, oldest decision first.</param>
/// <param name="IsExampleData">Whether the scheme itself is example data.</param>
/// <param name="IsRunElsewhere">Run outside Wijkpeil: no plafond or amounts known here; people apply at the gemeente.</param>
public sealed record ProjectSubsidyScheme(string Slug, string Name, IReadOnlyList<int> ProjectIds, Money? Plafond, Money Committed, Money Spent, IReadOnlyList<ProjectSubsidyGrant> Grants, bool IsExampleData, bool IsRunElsewhere = false);

/// <summary>A granted initiative: never a person's name; a private person is "particulier".</summary>
/// <param name="Reference">E.g. SUB-2026-00042.</param>
/// <param name="Recipient">The organisation's name; null for a private person (the page says "particulier").</param>
/// <param name="Title">The initiative's title.</param>
/// <param name="Amount">The granted amount.</param>
/// <param name="IsExampleData">Marked "voorbeeldgegevens" wherever shown.</param>
public sealed record ProjectSubsidyGrant(string Reference, string? Recipient, string Title, Money Amount, bool IsExampleData);
