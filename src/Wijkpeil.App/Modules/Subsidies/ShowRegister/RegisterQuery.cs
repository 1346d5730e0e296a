using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ShowRegister;

/// <summary>
/// Reads the public register: published schemes (never drafts) and their granted applications. The applicant's
/// personal columns are not even selected: only the kind and an organisation's name leave the database.
/// </summary>
public sealed class RegisterQuery(WijkpeilDbContext db, IAreaRegister areas, IProgrammeCatalogue catalogue, SubsidyTime time)
{
    /// <summary>All published schemes, or only the one with <paramref name="slug"/> (empty when it is unknown or a draft).</summary>
    public async Task<PublicRegister> GetAsync(string? slug, CancellationToken ct)
    {
        var today = time.Today;
        var query = db.SubsidySchemes.AsNoTracking().Where(s => s.PublishedAt != null);
        if (slug is not null)
        {
            query = query.Where(s => s.Slug == slug);
        }

        var schemes = await query.Include(s => s.Criteria).Include(s => s.Attachments).AsSplitQuery().ToListAsync(ct);
        if (schemes.Count == 0)
        {
            return new PublicRegister(today, []);
        }

        var grants = await GrantsAsync(db, [.. schemes.Select(s => s.Id)], ct);
        var codes = grants.Where(g => g.Area is not null).Select(g => g.Area!.Value).Concat(schemes.Select(s => s.Gemeente)).Distinct().ToList();
        var names = await areas.Areas.Where(a => codes.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        var nameOf = names.ToDictionary(n => n.Code.Value, n => n.Name, StringComparer.Ordinal);
        var focusNames = (await catalogue.FocusAreasAsync(null, ct))
            .GroupBy(f => f.FocusArea.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().FocusArea.Name, StringComparer.Ordinal);

        var rows = schemes
            .OrderBy(s => s.StatusOn(today) == SchemeStatus.Closed)
            .ThenBy(s => s.ClosesOn)
            .ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new RegisterScheme(
                s.Id, s.Slug, s.Name, s.Description, s.Eligibility, s.Gemeente.Value, nameOf.GetValueOrDefault(s.Gemeente.Value, s.Gemeente.Value),
                [.. s.FocusAreas.Select(f => focusNames.GetValueOrDefault(f, f))],
                s.Plafond, s.Granted, s.OpensOn, s.ClosesOn, s.StatusOn(today), s.Allocation, s.TieBreak, s.MinimumAmount, s.MaximumAmount,
                [.. s.Criteria.OrderBy(c => c.Position).Select(c => new RegisterCriterion(c.Name, c.Description, c.Weight))],
                s.ScaleMin, s.ScaleMax, s.MinimumScore,
                [.. s.Attachments.OrderBy(a => a.Position).Select(a => new RegisterAttachment(a.Kind, a.FileTypes, a.MaxBytes, a.IsRequired))],
                s.DecisionTermWeeks, s.AdvancePercent, s.ProjectIds, s.IsExampleData,
                [.. grants.Where(g => g.SchemeId == s.Id).Select(g => g.ToGrant(nameOf))],
                s.IsRunElsewhere))
            .ToList();
        return new PublicRegister(today, rows);
    }

    /// <summary>The granted (and settled) applications of the schemes, oldest decision first; one SQL command.</summary>
    internal static async Task<List<GrantRow>> GrantsAsync(WijkpeilDbContext db, IReadOnlyCollection<int> schemeIds, CancellationToken ct)
    {
        var rows = await db.SubsidyApplications.AsNoTracking()
            .Where(a => schemeIds.Contains(a.SchemeId) && a.GrantedCents != null && (a.Decision == DecisionKind.Grant || a.Decision == DecisionKind.PartialGrant))
            .Select(a => new GrantRow(
                a.Id,
                a.Year,
                a.SchemeId,
                a.Applicant.Kind,
                a.Applicant.OrganisationName,
                a.Title,
                a.Summary,
                a.Area,
                a.AmountRequestedCents,
                a.GrantedCents!.Value,
                a.SettledCents,
                a.Payments.Sum(p => p.AmountCents),
                a.Payments.Where(p => p.Kind == PaymentKind.Reclaim).Sum(p => -p.AmountCents),
                a.DecidedAt,
                a.IsExampleData))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.DecidedAt).ThenBy(r => r.Id)];
    }

    /// <summary>
    /// A granted application as read: the sum of payments counts reclaims negatively (they are stored as negative
    /// amounts), so it is what was disbursed net; what was paid back is kept beside it.
    /// </summary>
    internal sealed record GrantRow(int Id, int Year, int SchemeId, ApplicantKind Kind, string? OrganisationName, string Title, string Summary, AreaCode? Area, long RequestedCents, long GrantedCents, long? SettledCents, long PaymentsCents, long ReclaimedCents, DateTimeOffset? DecidedAt, bool IsExampleData)
    {
        public string Reference => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SUB-{Year}-{Id:D5}");

        /// <summary>The organisation's name only for an organisation: a private person's row never carries a name.</summary>
        public string? Recipient => Kind == ApplicantKind.Organisation ? OrganisationName : null;

        public RegisterGrant ToGrant(IReadOnlyDictionary<string, string> areaNames) => new(
            Reference, SchemeId, Recipient, Title, Summary, Area?.Value, Area is { } code ? areaNames.GetValueOrDefault(code.Value) : null,
            Money.FromCents(RequestedCents), Money.FromCents(GrantedCents), SettledCents is { } settled ? Money.FromCents(settled) : null,
            Money.FromCents(PaymentsCents), DecidedAt is { } at ? SubsidyTime.DayOf(at) : null, IsExampleData, Money.FromCents(ReclaimedCents));
    }
}
