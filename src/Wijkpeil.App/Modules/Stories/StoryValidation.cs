using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// Checks a <see cref="StoryRequest"/> against the programme and the user's gemeenten, for creating and editing: the
/// area must be a focus area's wijk or buurt or lie in one, the pillar must exist, a project must be of the same focus
/// area, dates may not lie in the future.
/// </summary>
public sealed class StoryValidation(StoryProgrammes programmes, IProjectDirectory projects)
{
    /// <summary>
    /// On success the programme the area belongs to (the one named, or the only one whose focus area it lies in; on an
    /// update the story's own when several would do), the domain's details and the consent date.
    /// </summary>
    public async Task<Outcome<(ProgrammeDetails Programme, StoryDetails Details, DateOnly? Consent)>> CheckAsync(
        ClaimsPrincipal user, StoryRequest request, int? storyProgrammeId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Problem>();
        void Refuse(string field, string code, params object?[] arguments) => errors.Add(Problem.Invalid(field, code, arguments));

        if (request.Method is not { } method || !Enum.IsDefined(method))
        {
            Refuse("method", "story.method.required");
        }

        if (request.Date is not { } date)
        {
            Refuse("date", "story.date.required");
        }
        else if (date > today)
        {
            Refuse("date", "story.date.in_future", date, today);
        }

        if (request.ConsentRecordedOn is { } consent && consent > today)
        {
            Refuse("consentRecordedOn", "story.consent.in_future", consent, today);
        }

        if (string.IsNullOrWhiteSpace(request.Summary))
        {
            Refuse("summary", "story.summary.required");
        }

        if (request.Pillar is null)
        {
            Refuse("pillar", "story.pillar.required");
        }

        ProgrammeDetails? programme = null;
        FocusAreaDetails? focusArea = null;
        AreaCode area = default;
        if (string.IsNullOrWhiteSpace(request.Area))
        {
            Refuse("area", "story.area.required");
        }
        else if (!AreaCode.TryParse(request.Area.Trim().ToUpperInvariant(), out area))
        {
            Refuse("area", "story.area.invalid", request.Area.Trim());
        }
        else
        {
            var found = (await programmes.FocusAreasOfAsync(area, request.Programme, ct)).DistinctBy(f => f.ProgrammeId).ToList();
            if (found.Count > 1 && storyProgrammeId is { } own && found.Any(f => f.ProgrammeId == own))
            {
                found = [.. found.Where(f => f.ProgrammeId == own)];
            }

            if (found.Count == 0)
            {
                Refuse("area", "story.area.outside_programme", area.Value);
            }
            else if (found.Count > 1)
            {
                Refuse("programme", "story.programme.required", area.Value);
            }
            else if (!WijkpeilPermissions.CanEditStories(user, found[0].FocusArea.Municipality))
            {
                // Refused before the other fields are judged: their messages are of no use to someone who may not write here.
                return Problem.Forbidden("story.forbidden", $"{found[0].FocusArea.Name} ({found[0].FocusArea.Municipality})");
            }
            else
            {
                focusArea = found[0].FocusArea;
                programme = (await programmes.AllAsync(ct)).Single(p => p.Id == found[0].ProgrammeId);
            }
        }

        if (programme is not null && request.Pillar is { } pillar && programme.Pillars.All(p => p.Number != pillar))
        {
            Refuse("pillar", "story.pillar.unknown", pillar, programme.Name);
        }

        if (focusArea is not null && request.ProjectId is { } projectId)
        {
            var project = await projects.Projects
                .Where(p => p.Id == projectId)
                .Select(p => new { p.ProgrammeId, p.FocusAreaCode, p.Title })
                .SingleOrDefaultAsync(ct);
            if (project is null)
            {
                Refuse("projectId", "story.project.not_found", projectId);
            }
            else if (project.ProgrammeId != programme!.Id || project.FocusAreaCode != focusArea.Slug)
            {
                Refuse("projectId", "story.project.other_focus_area", project.Title, focusArea.Name);
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<(ProgrammeDetails, StoryDetails, DateOnly?)>.Failure(errors);
        }

        var details = new StoryDetails(request.Method!.Value, request.Date!.Value, area, request.Pillar!.Value, request.ProjectId, request.Summary!, request.Body);
        return (programme!, details, request.ConsentRecordedOn);
    }
}
