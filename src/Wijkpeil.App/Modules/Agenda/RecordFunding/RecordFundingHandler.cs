using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;
using static Wijkpeil.App.Modules.Agenda.Projects.ProjectProblems;

namespace Wijkpeil.App.Modules.Agenda.RecordFunding;

/// <summary>
/// A project's funding lines; fields <c>funder</c>, <c>funderName</c>, <c>year</c>, <c>budget</c>, <c>committed</c>,
/// <c>spent</c> (committed and spent are 0 when absent).
/// </summary>
public sealed class RecordFundingHandler(ProjectChanges changes)
{
    /// <summary>Adds a funding line.</summary>
    public Task<Outcome<ProjectSaved>> AddAsync(int id, ClaimsPrincipal user, FundingLineRequest line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        return changes.ChangeAsync(id, user, null, (project, _, _) => Missing(line) is { } missing
            ? Done(missing)
            : Added(project.AddFundingLine(line.Funder!.Value, line.FunderName, line.Year!.Value, line.Budget!.Value, line.Committed ?? 0m, line.Spent ?? 0m)), ct);
    }

    /// <summary>Changes a funding line's funder and amounts.</summary>
    public Task<Outcome<ProjectSaved>> ChangeAsync(int id, ClaimsPrincipal user, int lineId, FundingLineRequest line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        return changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.FundingLines.FirstOrDefault(f => f.Id == lineId);
            return Done(existing is null ? MissingItem()
                : Missing(line) ?? Check(existing.Change(line.Funder!.Value, line.FunderName, line.Year!.Value, line.Budget!.Value, line.Committed ?? 0m, line.Spent ?? 0m)));
        }, ct);
    }

    /// <summary>Removes a funding line.</summary>
    public Task<Outcome<ProjectSaved>> RemoveAsync(int id, ClaimsPrincipal user, int lineId, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.FundingLines.FirstOrDefault(f => f.Id == lineId);
            return Done(existing is not null && project.RemoveFundingLine(existing) ? null : MissingItem());
        }, ct);

    private static Problem? Missing(FundingLineRequest line) =>
        line.Funder is null ? Required("funder") : line.Year is null ? Required("year") : line.Budget is null ? Required("budget") : null;
}
