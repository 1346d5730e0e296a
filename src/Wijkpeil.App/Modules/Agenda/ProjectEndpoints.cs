using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Agenda;

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
                return ProblemResponses.For([Problem.Invalid("focusArea", "projects.focus_area.unknown", focusArea)], http);
            }
        }

        ProjectStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!TryParseStatus(status, out var parsed))
            {
                return ProblemResponses.For([UnknownStatus(status)], http);
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
        return project is null ? ProblemResponses.For([NoSuchProject(id)], http) : TypedResults.Ok(ProjectResponse.From(project));
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
            return ProblemResponses.For([error], http);
        }

        var result = await editing.CreateAsync(http.User, input!, collections, ct);
        if (!result.Succeeded)
        {
            return ProblemResponses.For(result, http);
        }

        var id = result.Value.ProjectId;
        var created = await queries.GetProjectAsync(id, Audience.SignedIn, ct);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"{Path}/{id}"), ProjectResponse.From(created!));
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
            return ProblemResponses.For([error], http);
        }

        var result = await editing.ReplaceAsync(id, http.User, input!, collections, ct);
        if (!result.Succeeded)
        {
            return ProblemResponses.For(result, http);
        }

        var replaced = await queries.GetProjectAsync(id, Audience.SignedIn, ct);
        return TypedResults.Ok(ProjectResponse.From(replaced!));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, ProjectEditing editing, HttpContext http, CancellationToken ct)
    {
        var result = await editing.DeleteAsync(id, http.User, ct);
        return result.Succeeded ? TypedResults.NoContent() : ProblemResponses.For(result, http);
    }


    /// <summary>
    /// Reads the body here rather than through parameter binding, so malformed JSON, an unknown property or a wrong
    /// type becomes a problem at the field it is about instead of the framework's bare 400. Only typed information is
    /// used: the parser's line and position, the request types' own property names, and <see cref="JsonException.Path"/>.
    /// </summary>
    private static async Task<(ProjectRequest? Value, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, JsonSerializerOptions options, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.not_json")], http));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, default, ct);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            return (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.malformed", line, position)], http));
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.empty")], http));
            }

            var unknown = new List<Problem>();
            FindUnknownMembers(document.RootElement, options.GetTypeInfo(typeof(ProjectRequest)), options, string.Empty, unknown);
            if (unknown.Count > 0)
            {
                return (null, ProblemResponses.For(unknown, http));
            }

            try
            {
                var request = document.RootElement.Deserialize<ProjectRequest>(options);
                return request is null
                    ? (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.empty")], http))
                    : (request, null);
            }
            catch (JsonException exception)
            {
                // The document parsed, so this is a value of the wrong type; the path says which.
                var field = FieldOf(exception);
                var problem = field == "status" ? UnknownStatus(document.RootElement.GetProperty("status").ToString())
                    : Problem.Invalid(field, "projects.body.invalid_value", field);
                return (null, ProblemResponses.For([problem], http));
            }
        }
    }

    /// <summary>
    /// Every member of <paramref name="element"/> that the request type (or a nested request type) has no property
    /// for, at its path: an unknown field, or a read-only one such as <c>id</c> or <c>exampleData</c>.
    /// </summary>
    private static void FindUnknownMembers(JsonElement element, JsonTypeInfo type, JsonSerializerOptions options, string path, List<Problem> found)
    {
        if (type.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && type.ElementType is { } itemType)
        {
            var itemInfo = options.GetTypeInfo(itemType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                FindUnknownMembers(item, itemInfo, options, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), found);
            }

            return;
        }

        if (type.Kind != JsonTypeInfoKind.Object || element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var member in element.EnumerateObject())
        {
            var at = path.Length == 0 ? member.Name : path + "." + member.Name;
            var property = type.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, comparison));
            if (property is null)
            {
                found.Add(Problem.Invalid(at, "projects.body.unknown_property", member.Name));
            }
            else
            {
                FindUnknownMembers(member.Value, options.GetTypeInfo(property.PropertyType), options, at, found);
            }
        }
    }

    private static string FieldOf(JsonException exception)
    {
        var path = exception.Path ?? "$";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : string.Empty;
    }

    private static (ProjectInput? Input, ProjectCollectionsInput? Collections, Problem? Error) ToInput(ProjectRequest r)
    {
        if (r.Status is not { } status || !Enum.IsDefined(status))
        {
            return (null, null, r.Status is null ? Problem.Invalid("status", "projects.status.required") : UnknownStatus(r.Status.Value.ToString()));
        }

        var outputs = new List<OutputMeasureInput>();
        for (var i = 0; i < (r.Outputs?.Count ?? 0); i++)
        {
            var o = r.Outputs![i];
            if (o is null || o.Kind is null || o.Unit is null)
            {
                return (null, null, Required($"outputs[{i}].{(o?.Kind is null ? "kind" : "unit")}"));
            }

            outputs.Add(new OutputMeasureInput(o.Kind.Value, o.Name, o.Unit.Value, o.UnitLabel, [.. (o.Values ?? []).Select(v => new OutputValueInput(v?.PeriodCode, v?.Target, v?.Realised))]));
        }

        var funding = new List<FundingLineInput>();
        for (var i = 0; i < (r.Funding?.Count ?? 0); i++)
        {
            var f = r.Funding![i];
            var missing = f?.Funder is null ? "funder"
                : f.Year is null ? "year"
                : f.Budget is null ? "budget"
                : null;
            if (missing is not null)
            {
                return (null, null, Required($"funding[{i}].{missing}"));
            }

            funding.Add(new FundingLineInput(f!.Funder!.Value, f.FunderName, f.Year!.Value, f.Budget!.Value, f.Committed ?? 0m, f.Spent ?? 0m));
        }

        var progress = new List<ProgressUpdateInput>();
        for (var i = 0; i < (r.Progress?.Count ?? 0); i++)
        {
            var p = r.Progress![i];
            if (p?.Date is not { } date)
            {
                return (null, null, Required($"progress[{i}].date"));
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

    private static Problem Required(string field) => Problem.Invalid(field, "projects.field.required");

    private static bool TryParseStatus(string text, out ProjectStatus status) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !char.IsAsciiDigit(text.Trim()[0]);

    private static Problem UnknownStatus(string text) => Problem.Invalid("status", "projects.status.unknown", text);

    private static Problem NoSuchProject(int id) => Problem.NotFound("projects.not_found", id);
}
