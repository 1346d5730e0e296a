using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>
/// A whole <see cref="ProjectRequest"/> applied to a project, shared by create and replace: the request's own checks
/// (required values the JSON or form may leave out), the status reached through the domain's transitions, and the
/// collections replaced when given.
/// </summary>
internal static class WholeProject
{
    /// <summary>The request's required values, at their fields; null when all are there.</summary>
    public static Problem? Validate(ProjectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status is not { } status)
        {
            return Problem.Invalid("status", "projects.status.required");
        }

        if (!Enum.IsDefined(status))
        {
            return Problem.Invalid("status", "projects.status.unknown", status.ToString());
        }

        for (var i = 0; i < (request.Outputs?.Count ?? 0); i++)
        {
            var o = request.Outputs![i];
            if (o?.Kind is null || o.Unit is null)
            {
                return ProjectProblems.Required($"outputs[{i}].{(o?.Kind is null ? "kind" : "unit")}");
            }
        }

        for (var i = 0; i < (request.Funding?.Count ?? 0); i++)
        {
            var f = request.Funding![i];
            var missing = f?.Funder is null ? "funder" : f.Year is null ? "year" : f.Budget is null ? "budget" : null;
            if (missing is not null)
            {
                return ProjectProblems.Required($"funding[{i}].{missing}");
            }
        }

        for (var i = 0; i < (request.Progress?.Count ?? 0); i++)
        {
            if (request.Progress![i]?.Date is null)
            {
                return ProjectProblems.Required($"progress[{i}].date");
            }
        }

        return null;
    }

    /// <summary>The domain's details of a request, with the focus area as resolved.</summary>
    public static ProjectDetails Details(ProjectRequest r, string focusAreaCode) => new(
        focusAreaCode, r.Title ?? string.Empty, r.Pillars ?? [], r.OwnerOrganisation, r.StartDate, r.EndDate, r.Description, r.MeetingPlaceName, r.MeetingPlaceAddress);

    /// <summary>
    /// First half of reaching a status: a completed or stopped project reopens when it is to end up elsewhere, or
    /// stopped for another reason; a running project cannot go back to planned.
    /// </summary>
    public static Problem? BackTo(Project project, ProjectStatus status, string? stopReason)
    {
        if (!Enum.IsDefined(status))
        {
            return ProjectProblems.InvalidStatus();
        }

        var closed = project.Status is ProjectStatus.Completed or ProjectStatus.Stopped;
        var newReason = project.Status == ProjectStatus.Stopped && status == ProjectStatus.Stopped
            && !string.Equals(project.StopReason, stopReason?.Trim(), StringComparison.Ordinal);
        if (closed && (project.Status != status || newReason))
        {
            project.Reopen();
        }

        return project.Status == ProjectStatus.Running && status == ProjectStatus.Planned
            ? Problem.Invalid("status", "project.status.transition")
            : null;
    }

    /// <summary>Second half: from planned or running forward to the requested status, with the details' dates; then publication.</summary>
    public static Problem? ForwardTo(Project project, ProjectDetails details, ProjectRequest request, DateOnly today)
    {
        var status = request.Status!.Value;
        if (!Enum.IsDefined(status))
        {
            return ProjectProblems.InvalidStatus();
        }

        if (project.Status == ProjectStatus.Planned && status is ProjectStatus.Running or ProjectStatus.Completed)
        {
            if (details.StartDate is not { } start)
            {
                return Problem.Invalid("startDate", "project.start.required");
            }

            if (project.Start(start, today).Error is { } error)
            {
                return Problem.From(error);
            }
        }

        if (project.Status == ProjectStatus.Running && status == ProjectStatus.Completed)
        {
            if (details.EndDate is not { } end)
            {
                return Problem.Invalid("endDate", "project.end.required");
            }

            if (project.Complete(end, today).Error is { } error)
            {
                return Problem.From(error);
            }
        }

        if (project.Status is ProjectStatus.Planned or ProjectStatus.Running && status == ProjectStatus.Stopped)
        {
            if (details.EndDate is not { } end)
            {
                return Problem.Invalid("endDate", "project.end.required");
            }

            if (project.Stop(end, request.StopReason, today).Error is { } error)
            {
                return Problem.From(error);
            }
        }

        if (request.Published == true)
        {
            project.Publish();
        }
        else
        {
            project.Unpublish();
        }

        return null;
    }

    /// <summary>Replaces each collection the request gives (an empty one empties it); absent ones stay.</summary>
    public static async Task<Problem?> ReplaceCollectionsAsync(IIndicatorCatalogue indicators, Project project, ProjectRequest request, DateOnly today, CancellationToken ct)
    {
        if (request.Outputs is { } outputs)
        {
            foreach (var old in project.OutputMeasures.ToList())
            {
                project.RemoveOutputMeasure(old);
            }

            for (var i = 0; i < outputs.Count; i++)
            {
                var path = $"outputs[{i}]";
                var measure = project.AddOutputMeasure(outputs[i].Kind!.Value, outputs[i].Name, outputs[i].Unit!.Value, outputs[i].UnitLabel);
                if (!measure.IsSuccess)
                {
                    return Problem.From(measure.Error!, path);
                }

                var values = outputs[i].Values ?? [];
                for (var j = 0; j < values.Count; j++)
                {
                    if (measure.Value.SetValue(values[j]?.PeriodCode, values[j]?.Target, values[j]?.Realised).Error is { } error)
                    {
                        return Problem.From(error, $"{path}.values[{j}]");
                    }
                }
            }
        }

        if (request.Funding is { } funding)
        {
            foreach (var old in project.FundingLines.ToList())
            {
                project.RemoveFundingLine(old);
            }

            for (var i = 0; i < funding.Count; i++)
            {
                var f = funding[i];
                if (project.AddFundingLine(f.Funder!.Value, f.FunderName, f.Year!.Value, f.Budget!.Value, f.Committed ?? 0m, f.Spent ?? 0m).Error is { } error)
                {
                    return Problem.From(error, $"funding[{i}]");
                }
            }
        }

        if (request.Indicators is { } codes && await LinkIndicatorsAsync(indicators, project, codes, ct) is { } indicatorError)
        {
            return indicatorError;
        }

        if (request.Progress is { } progress)
        {
            foreach (var old in project.ProgressUpdates.ToList())
            {
                project.RemoveProgressUpdate(old);
            }

            for (var i = 0; i < progress.Count; i++)
            {
                var p = progress[i];
                if (project.AddProgressUpdate(p.Date!.Value, p.Text, p.PercentComplete, today).Error is { } error)
                {
                    return Problem.From(error, $"progress[{i}]");
                }
            }
        }

        return null;
    }

    private static async Task<Problem?> LinkIndicatorsAsync(IIndicatorCatalogue indicators, Project project, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var wanted = codes.Select(c => c?.Trim() ?? string.Empty).ToList();
        var known = await indicators.Indicators.Where(i => wanted.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, ct);
        var ids = new List<int>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!known.TryGetValue(wanted[i], out var indicatorId))
            {
                return ProjectProblems.UnknownIndicator($"indicators[{i}]", codes[i]);
            }

            if (ids.Contains(indicatorId))
            {
                return Problem.Invalid($"indicators[{i}]", "project.indicator.duplicate", wanted[i]);
            }

            ids.Add(indicatorId);
        }

        // Only the difference: unlinking and relinking the same indicator would clash on the unique index within one save.
        foreach (var old in project.Indicators.Where(l => !ids.Contains(l.IndicatorId)).ToList())
        {
            project.UnlinkIndicator(old.IndicatorId);
        }

        foreach (var indicatorId in ids.Where(n => project.Indicators.All(l => l.IndicatorId != n)))
        {
            project.LinkIndicator(indicatorId);
        }

        return null;
    }
}
