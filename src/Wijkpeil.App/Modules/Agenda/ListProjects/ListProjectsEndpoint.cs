using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.ListProjects;

/// <summary>GET /api/v1/projects.</summary>
internal static class ListProjectsEndpoint
{
    internal static async Task<Results<Ok<IReadOnlyList<ProjectListItem>>, ProblemHttpResult>> ListAsync(
        [Description("Programma (slug, bijvoorbeeld vitale-wijken); zonder: alle programma's.")] string? programme,
        [Description("Focusgebied (overvecht) of CBS-code van een wijk of buurt ervan (WK034403).")] string? focusArea,
        [Description("Pijlernummer, 1 tot en met 5.")] int? pillar,
        [Description("planned, running, completed of stopped.")] string? status,
        ListProjectsQuery queries,
        AgendaProgrammes programmes,
        HttpContext http,
        CancellationToken ct)
    {
        Programmes.Contracts.ProgrammeDetails? chosen = null;
        if (!string.IsNullOrWhiteSpace(programme))
        {
            chosen = await programmes.BySlugAsync(programme, ct);
            if (chosen is null)
            {
                return ProblemResponses.For([Problem.Invalid("programme", "projects.programme.unknown", programme)], http);
            }
        }

        string? focusAreaCode = null;
        if (!string.IsNullOrWhiteSpace(focusArea))
        {
            var found = await programmes.ResolveAsync(focusArea, chosen, ct);
            if (found is null)
            {
                return ProblemResponses.For([Problem.Invalid("focusArea", "projects.focus_area.unknown", focusArea)], http);
            }

            (chosen, focusAreaCode) = (found.Value.Programme, found.Value.FocusArea.Slug);
        }

        ProjectStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!TryParseStatus(status, out var parsed))
            {
                return ProblemResponses.For([Problem.Invalid("status", "projects.status.unknown", status)], http);
            }

            wanted = parsed;
        }

        var slugs = (await programmes.AllAsync(ct)).ToDictionary(p => p.Id, p => p.Slug);
        var projects = await queries.ListAsync(chosen?.Id, focusAreaCode, pillar, Audience.Of(http.User), ct);
        return TypedResults.Ok<IReadOnlyList<ProjectListItem>>([.. projects
            .Where(p => wanted is null || p.Status == wanted)
            .Select(p => new ProjectListItem(p.Id, p.FocusAreaCode, p.Title, p.Pillars, p.Status, p.OwnerOrganisation, p.StartDate, p.EndDate, p.IsPublished, p.IsExampleData,
                slugs.GetValueOrDefault(p.ProgrammeId) ?? string.Empty))]);
    }

    private static bool TryParseStatus(string text, out ProjectStatus status) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !char.IsAsciiDigit(text.Trim()[0]);
}
