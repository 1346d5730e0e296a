using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>What the scheme form offers to choose from, through the other modules' contracts.</summary>
/// <param name="Gemeenten">Only the gemeenten the user may run schemes for.</param>
/// <param name="FocusAreas">The focus areas in those gemeenten, per programme.</param>
/// <param name="Projects">The agenda projects of those focus areas.</param>
public sealed record SchemeChoices(
    IReadOnlyList<ProgrammeSummary> Programmes,
    IReadOnlyList<GemeenteChoice> Gemeenten,
    IReadOnlyList<ProgrammeFocusArea> FocusAreas,
    IReadOnlyList<ProjectEntry> Projects);

/// <summary>A gemeente in the form's list.</summary>
public sealed record GemeenteChoice(string Code, string Name);

/// <summary>Reads <see cref="SchemeChoices"/> for a user.</summary>
public sealed class SchemeChoicesQuery(IProgrammeCatalogue catalogue, IAreaRegister areas, IProjectDirectory projects)
{
    public async Task<SchemeChoices> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var programmes = await catalogue.ListAsync(ct);
        var municipalities = areas.Areas.Where(a => a.Level == AreaLevel.Municipality);
        var gemeenten = await municipalities.Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        var choices = gemeenten
            .Where(g => WijkpeilPermissions.CanRunSubsidies(user, g.Code))
            .Select(g => new GemeenteChoice(g.Code.Value, g.Name))
            .ToList();

        // An officer's gemeente that the register does not know yet is still theirs to choose.
        foreach (var code in WijkpeilPermissions.Gemeenten(user).Where(c => choices.All(g => !string.Equals(g.Code, c, StringComparison.OrdinalIgnoreCase))))
        {
            if (AreaCode.TryParse(code, out var parsed) && parsed.Level == AreaLevel.Municipality && WijkpeilPermissions.CanRunSubsidies(user, parsed))
            {
                choices.Add(new GemeenteChoice(parsed.Value, parsed.Value));
            }
        }

        var allowed = choices.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var focusAreas = (await catalogue.FocusAreasAsync(null, ct)).Where(f => allowed.Contains(f.FocusArea.Municipality.Value)).ToList();
        var pairs = focusAreas.Select(f => (f.ProgrammeId, f.FocusArea.Slug)).ToHashSet();
        var programmeIds = focusAreas.Select(f => f.ProgrammeId).Distinct().ToList();
        var candidates = await projects.Projects.Where(p => programmeIds.Contains(p.ProgrammeId)).ToListAsync(ct);
        return new SchemeChoices(
            programmes,
            [.. choices.OrderBy(g => g.Name, StringComparer.CurrentCulture)],
            focusAreas,
            [.. candidates.Where(p => pairs.Contains((p.ProgrammeId, p.FocusAreaCode))).OrderBy(p => p.Title, StringComparer.CurrentCulture)]);
    }
}
