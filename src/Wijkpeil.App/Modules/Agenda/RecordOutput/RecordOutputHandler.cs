using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;
using static Wijkpeil.App.Modules.Agenda.Projects.ProjectProblems;

namespace Wijkpeil.App.Modules.Agenda.RecordOutput;

/// <summary>A project's output measures and their target and realised values per year.</summary>
public sealed class RecordOutputHandler(ProjectChanges changes)
{
    /// <summary>Adds an output measure (its values go through <see cref="SetValueAsync"/>).</summary>
    public Task<Outcome<ProjectSaved>> AddMeasureAsync(int id, ClaimsPrincipal user, OutputMeasureRequest measure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return changes.ChangeAsync(id, user, null, (project, _, _) => Missing(measure) is { } missing
            ? Done(missing)
            : Added(project.AddOutputMeasure(measure.Kind!.Value, measure.Name, measure.Unit!.Value, measure.UnitLabel)), ct);
    }

    /// <summary>Changes an output measure's kind, name or unit.</summary>
    public Task<Outcome<ProjectSaved>> ChangeMeasureAsync(int id, ClaimsPrincipal user, int measureId, OutputMeasureRequest measure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is null ? MissingItem()
                : Missing(measure) ?? Check(project.ChangeOutputMeasure(existing, measure.Kind!.Value, measure.Name, measure.Unit!.Value, measure.UnitLabel)));
        }, ct);
    }

    /// <summary>Removes an output measure with its values.</summary>
    public Task<Outcome<ProjectSaved>> RemoveMeasureAsync(int id, ClaimsPrincipal user, int measureId, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is not null && project.RemoveOutputMeasure(existing) ? null : MissingItem());
        }, ct);

    /// <summary>Sets the target and/or realised value of a measure for a year; fields <c>period</c>, <c>target</c>, <c>realised</c>.</summary>
    public Task<Outcome<ProjectSaved>> SetValueAsync(int id, ClaimsPrincipal user, int measureId, OutputValueRequest value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(value);
        return changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is null ? MissingItem() : Check(existing.SetValue(value.PeriodCode, value.Target, value.Realised)));
        }, ct);
    }

    /// <summary>Removes a measure's values for a year.</summary>
    public Task<Outcome<ProjectSaved>> RemoveValueAsync(int id, ClaimsPrincipal user, int measureId, string period, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is not null && existing.RemoveValue(period) ? null : MissingItem());
        }, ct);

    private static Problem? Missing(OutputMeasureRequest measure) =>
        measure.Kind is null ? Required("kind") : measure.Unit is null ? Required("unit") : null;
}
