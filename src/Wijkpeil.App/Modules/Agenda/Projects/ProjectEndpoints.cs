using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.CreateProject;
using Wijkpeil.App.Modules.Agenda.DeleteProject;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Agenda.ListProjects;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>
/// /api/v1/projects: the execution agenda. Reading is open (anonymous: published projects only; signed in:
/// drafts too); creating, replacing and deleting need a personal access token or the login cookie with the
/// page's antiforgery header, and the rights the use cases check.
/// </summary>
public static class ProjectEndpoints
{
    internal const string Path = "/api/v1/projects";

    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Uitvoeringsagenda");
        group.MapGet(string.Empty, ListProjectsEndpoint.ListAsync)
            .WithName("ListProjects")
            .WithSummary("Projecten van de uitvoeringsagenda")
            .WithDescription("Anoniem alleen gepubliceerde projecten; aangemeld (token of cookie) ook concepten. Gesorteerd op focusgebied en titel. Met programme={slug} alleen dat programma.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", ShowProjectEndpoint.GetAsync)
            .WithName("GetProject")
            .WithSummary("Eén project met voortgang, prestaties, indicatoren en financiering")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = group.MapWriteGroup();
        writes.MapPost(string.Empty, CreateProjectEndpoint.CreateAsync)
            .WithName("CreateProject")
            .WithSummary("Project toevoegen")
            .WithDescription("Minimaal: {\"focusArea\":\"WK034403\",\"title\":\"...\",\"pillars\":[1],\"status\":\"planned\"}. " +
                "Onbekende of alleen-lezen velden (id, exampleData, programmeId) worden geweigerd.")
            .Accepts<ProjectRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        writes.MapPut("/{id:int}", ReplaceProjectEndpoint.ReplaceAsync)
            .WithName("ReplaceProject")
            .WithSummary("Project vervangen")
            .WithDescription("Vervangt alle velden, de status en de publicatie; outputs, funding, indicators en progress alleen als ze in het verzoek staan (dan de hele lijst).")
            .Accepts<ProjectRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapDelete("/{id:int}", DeleteProjectEndpoint.DeleteAsync)
            .WithName("DeleteProject")
            .WithSummary("Project verwijderen")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
