using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>
/// /api/v1/projects: the execution agenda. Reading is open (anonymous: published projects only; signed in:
/// drafts too); creating, replacing and deleting need a personal access token or the login cookie with the
/// page's antiforgery header, and the rights <see cref="ProjectEditing"/> checks.
/// </summary>
public static class ProjectEndpoints
{
    private const string Path = "/api/v1/projects";

    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Uitvoeringsagenda");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListProjects")
            .WithSummary("Projecten van de uitvoeringsagenda")
            .WithDescription("Anoniem alleen gepubliceerde projecten; aangemeld (token of cookie) ook concepten. Gesorteerd op focusgebied en titel.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetProject")
            .WithSummary("Eén project met voortgang, prestaties, indicatoren en financiering")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = group.MapGroup(string.Empty).RequireAuthorization().RequireAntiforgeryForCookies();
        writes.MapPost(string.Empty, CreateAsync)
            .WithName("CreateProject")
            .WithSummary("Project toevoegen")
            .WithDescription("Minimaal: {\"focusArea\":\"WK034403\",\"title\":\"...\",\"pillars\":[1],\"status\":\"planned\"}. " +
                "Onbekende of alleen-lezen velden (id, exampleData, programmeId) worden geweigerd.")
            .Accepts<ProjectRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        writes.MapPut("/{id:int}", ReplaceAsync)
            .WithName("ReplaceProject")
            .WithSummary("Project vervangen")
            .WithDescription("Vervangt alle velden, de status en de publicatie; outputs, funding, indicators en progress alleen als ze in het verzoek staan (dan de hele lijst).")
            .Accepts<ProjectRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteProject")
            .WithSummary("Project verwijderen")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ProjectListItem>>, ProblemHttpResult>> ListAsync(
        [Description("Focusgebied (overvecht) of CBS-code van een wijk of buurt ervan (WK034403).")] string? focusArea,
        [Description("Pijlernummer, 1 tot en met 5.")] int? pillar,
        [Description("planned, running, completed of stopped.")] string? status,
        AgendaQueries queries,
        ProjectEditing editing,
        HttpContext http,
        CancellationToken ct)
    {
        string? focusAreaCode = null;
        if (!string.IsNullOrWhiteSpace(focusArea))
        {
            focusAreaCode = await editing.ResolveFocusAreaCodeAsync(focusArea, ct);
            if (focusAreaCode is null)
            {
                return ApiProblems.Invalid("focusArea", new DomainError("projects.focus_area.unknown", $"'{focusArea}' is geen focusgebied en ook geen wijk of buurt van een focusgebied."), http);
            }
        }

        ProjectStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!TryParseStatus(status, out var parsed))
            {
                return ApiProblems.Invalid("status", UnknownStatus(status), http);
            }

            wanted = parsed;
        }

        var projects = await queries.ListProjectsAsync(focusAreaCode, pillar, Audience.Of(http.User), ct);
        return TypedResults.Ok<IReadOnlyList<ProjectListItem>>([.. projects
            .Where(p => wanted is null || p.Status == wanted)
            .Select(p => new ProjectListItem(p.Id, p.FocusAreaCode, p.Title, p.Pillars, p.Status, p.OwnerOrganisation, p.StartDate, p.EndDate, p.IsPublished, p.IsExampleData))]);
    }

    internal static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> GetAsync(int id, AgendaQueries queries, HttpContext http, CancellationToken ct)
    {
        var project = await queries.GetProjectAsync(id, Audience.Of(http.User), ct);
        return project is null ? ApiProblems.NotFound(NoSuchProject(id), http) : TypedResults.Ok(ProjectResponse.From(project));
    }

    internal static async Task<Results<Created<ProjectResponse>, ProblemHttpResult>> CreateAsync(
        ProjectEditing editing, AgendaQueries queries, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        var request = await ReadAsync(http, json.Value.SerializerOptions, ct);
        if (request.Problem is { } problem)
        {
            return problem;
        }

        var (input, collections, error) = ToInput(request.Value!);
        if (error is not null)
        {
            return ApiProblems.Invalid(error.Field, error.Error, http);
        }

        var result = await editing.CreateAsync(http.User, input!, collections, ct);
        if (!result.Succeeded)
        {
            return Problem(result, http);
        }

        var created = await queries.GetProjectAsync(result.ProjectId, Audience.SignedIn, ct);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"{Path}/{result.ProjectId}"), ProjectResponse.From(created!));
    }

    internal static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> ReplaceAsync(
        int id, ProjectEditing editing, AgendaQueries queries, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        var request = await ReadAsync(http, json.Value.SerializerOptions, ct);
        if (request.Problem is { } problem)
        {
            return problem;
        }

        var (input, collections, error) = ToInput(request.Value!);
        if (error is not null)
        {
            return ApiProblems.Invalid(error.Field, error.Error, http);
        }

        var result = await editing.ReplaceAsync(id, http.User, input!, collections, ct);
        if (!result.Succeeded)
        {
            return Problem(result, http);
        }

        var replaced = await queries.GetProjectAsync(id, Audience.SignedIn, ct);
        return TypedResults.Ok(ProjectResponse.From(replaced!));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, ProjectEditing editing, HttpContext http, CancellationToken ct)
    {
        var result = await editing.DeleteAsync(id, http.User, ct);
        return result.Succeeded ? TypedResults.NoContent() : Problem(result, http);
    }


    private static ProblemHttpResult Problem(ProjectEditResult result, HttpContext http) => result.Status switch
    {
        ProjectEditStatus.NotFound => ApiProblems.NotFound(result.Error?.Error ?? NoSuchProject(result.ProjectId), http),
        ProjectEditStatus.Forbidden => ApiProblems.Forbidden(
            new DomainError("projects.forbidden", "U mag de uitvoeringsagenda van dit focusgebied niet wijzigen: dat vraagt de rol ProgrammeManager, of AreaEditor van de gemeente van het focusgebied."),
            http),
        _ => ApiProblems.Invalid(result.Error!.Field, result.Error.Error, http),
    };

    /// <summary>
    /// Reads the body here rather than through parameter binding, so malformed JSON, a wrong type or an unknown
    /// property becomes a Dutch message at the field it is about instead of the framework's bare 400.
    /// </summary>
    private static async Task<(ProjectRequest? Value, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, JsonSerializerOptions options, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, ApiProblems.Invalid(string.Empty, new DomainError("projects.body.not_json", "Stuur het project als JSON (Content-Type: application/json)."), http));
        }

        try
        {
            var request = await JsonSerializer.DeserializeAsync<ProjectRequest>(http.Request.Body, options, ct);
            return request is null
                ? (null, ApiProblems.Invalid(string.Empty, new DomainError("projects.body.empty", "Het verzoek bevat geen project."), http))
                : (request, null);
        }
        catch (JsonException exception)
        {
            var (field, error) = JsonError(exception);
            return (null, ApiProblems.Invalid(field, error, http));
        }
    }

    private static string FieldOf(JsonException exception)
    {
        var path = exception.Path ?? "$";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : string.Empty;
    }

    private static (string Field, DomainError Error) JsonError(JsonException exception)
    {
        var field = FieldOf(exception);

        // System.Text.Json names an unknown property only in its English message; its path ends at the owner.
        var unmapped = exception.Message.Contains("could not be mapped", StringComparison.Ordinal);
        if (unmapped)
        {
            var start = exception.Message.IndexOf('\'', StringComparison.Ordinal);
            var end = start < 0 ? -1 : exception.Message.IndexOf('\'', start + 1);
            var name = end > start ? exception.Message[(start + 1)..end] : "?";
            var at = field.Length == 0 || field.EndsWith("." + name, StringComparison.Ordinal) || field == name ? field : field + "." + name;
            return (at.Length == 0 ? name : at, new DomainError("projects.body.unknown_property", $"Het veld '{name}' bestaat niet in een project of kan niet via de API worden gezet."));
        }

        if (!exception.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (string.Empty, new DomainError(
                "projects.body.malformed",
                string.Create(CultureInfo.InvariantCulture, $"Het verzoek is geen geldige JSON (regel {exception.LineNumber + 1}, positie {exception.BytePositionInLine + 1}).")));
        }

        return (field, field.EndsWith("status", StringComparison.Ordinal)
            ? new DomainError("projects.status.unknown", "Onbekende status: kies planned, running, completed of stopped.")
            : new DomainError("projects.body.invalid_value", $"Het veld '{field}' heeft geen geldige waarde; zie het schema in /openapi/v1.json."));
    }

    private static (ProjectInput? Input, ProjectCollectionsInput? Collections, ProjectFieldError? Error) ToInput(ProjectRequest r)
    {
        if (r.Status is not { } status || !Enum.IsDefined(status))
        {
            return (null, null, new ProjectFieldError("status", r.Status is null
                ? new DomainError("projects.status.required", "Vul de status in: planned, running, completed of stopped.")
                : UnknownStatus(r.Status.Value.ToString())));
        }

        var outputs = new List<OutputMeasureInput>();
        for (var i = 0; i < (r.Outputs?.Count ?? 0); i++)
        {
            var o = r.Outputs![i];
            if (o is null || o.Kind is null || o.Unit is null)
            {
                return (null, null, Required($"outputs[{i}].{(o?.Kind is null ? "kind" : "unit")}", o?.Kind is null ? "het soort prestatie (howMuch, howWell, betterOff)" : "de eenheid (count, percentage, other)"));
            }

            outputs.Add(new OutputMeasureInput(o.Kind.Value, o.Name, o.Unit.Value, o.UnitLabel, [.. (o.Values ?? []).Select(v => new OutputValueInput(v?.PeriodCode, v?.Target, v?.Realised))]));
        }

        var funding = new List<FundingLineInput>();
        for (var i = 0; i < (r.Funding?.Count ?? 0); i++)
        {
            var f = r.Funding![i];
            var missing = f?.Funder is null ? ("funder", "de financier (rijk, provincie, gemeente, other)")
                : f.Year is null ? ("year", "het jaar")
                : f.Budget is null ? ("budget", "het begrote bedrag")
                : default;
            if (missing != default)
            {
                return (null, null, Required($"funding[{i}].{missing.Item1}", missing.Item2));
            }

            funding.Add(new FundingLineInput(f!.Funder!.Value, f.FunderName, f.Year!.Value, f.Budget!.Value, f.Committed ?? 0m, f.Spent ?? 0m));
        }

        var progress = new List<ProgressUpdateInput>();
        for (var i = 0; i < (r.Progress?.Count ?? 0); i++)
        {
            var p = r.Progress![i];
            if (p?.Date is not { } date)
            {
                return (null, null, Required($"progress[{i}].date", "de datum"));
            }

            progress.Add(new ProgressUpdateInput(date, p.Text, p.PercentComplete));
        }

        var details = new ProjectDetails(
            r.FocusArea ?? string.Empty, r.Title ?? string.Empty, r.Pillars ?? [], r.OwnerOrganisation, r.StartDate, r.EndDate, r.Description, r.MeetingPlaceName, r.MeetingPlaceAddress);
        var collections = new ProjectCollectionsInput(
            r.Outputs is null ? null : outputs,
            r.Funding is null ? null : funding,
            r.Indicators is null ? null : [.. r.Indicators.Select(c => c ?? string.Empty)],
            r.Progress is null ? null : progress);
        return (new ProjectInput(details, status, r.StopReason, r.Published ?? false), collections, null);
    }

    private static ProjectFieldError Required(string field, string label) =>
        new(field, new DomainError("projects.field.required", $"Vul {label} in."));

    private static bool TryParseStatus(string text, out ProjectStatus status) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !char.IsAsciiDigit(text.Trim()[0]);

    private static DomainError UnknownStatus(string text) =>
        new("projects.status.unknown", $"Status '{text}' bestaat niet: kies planned, running, completed of stopped.");

    private static DomainError NoSuchProject(int id) =>
        new("projects.not_found", string.Create(CultureInfo.InvariantCulture, $"Project {id} bestaat niet of is niet gepubliceerd."));
}
