using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>A new story sent to <c>POST /api/v1/stories</c>.</summary>
/// <param name="Method">How the finding was gathered: interview, focusGroup, observation, evaluation or survey.</param>
/// <param name="Date">When it was gathered (yyyy-MM-dd), not in the future.</param>
/// <param name="Area">CBS code of a focus area's wijk or buurt, or of a buurt inside such a wijk, e.g. WK034403.</param>
/// <param name="Pillar">The programme's pillar number.</param>
/// <param name="ProjectId">An agenda project of the same focus area; leave out for none.</param>
/// <param name="Summary">A few sentences (at most 1,000 characters).</param>
/// <param name="Body">The story in Markdown (at most 50,000 characters); sanitised when shown.</param>
/// <param name="ConsentRecordedOn">The date the people in the story gave consent (yyyy-MM-dd); required to publish.</param>
/// <param name="Anonymised">Quotes carry no names; refused while a quote is named.</param>
/// <param name="Published">Publish at once; refused without consent.</param>
/// <param name="Quotes">Quotes in the order they should appear.</param>
/// <param name="Programme">The programme's slug, e.g. vitale-wijken; needed only when the area lies in focus areas of several programmes.</param>
public sealed record CreateStoryRequest(
    StoryMethod? Method,
    DateOnly? Date,
    string? Area,
    int? Pillar,
    int? ProjectId,
    string? Summary,
    string? Body = null,
    DateOnly? ConsentRecordedOn = null,
    bool Anonymised = false,
    bool Published = false,
    IReadOnlyList<QuoteRequest>? Quotes = null,
    string? Programme = null);

/// <summary>A quote in a <see cref="CreateStoryRequest"/>.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it: a name, or a description such as "bewoner, 67 jaar".</param>
/// <param name="Named">The attribution names a person (not allowed in an anonymised story).</param>
public sealed record QuoteRequest(string? Text, string? Attribution, bool Named = false);

/// <summary>A story as the API returns it.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When.</param>
/// <param name="Area">CBS code of the wijk or buurt.</param>
/// <param name="AreaName">Its name.</param>
/// <param name="FocusArea">The focus-area code it lies in, e.g. overvecht.</param>
/// <param name="Pillar">The pillar number.</param>
/// <param name="ProjectId">The linked agenda project, if any.</param>
/// <param name="Summary">A few sentences.</param>
/// <param name="Body">Markdown as typed; sanitise before showing it as HTML.</param>
/// <param name="ConsentRecorded">Consent is on record (the date is not published).</param>
/// <param name="Anonymised">Quotes carry no names.</param>
/// <param name="Published">Visible to the public; false only for signed-in callers.</param>
/// <param name="Quotes">The quotes in order.</param>
public sealed record StoryResponse(
    int Id,
    StoryMethod Method,
    DateOnly Date,
    string Area,
    string AreaName,
    string? FocusArea,
    int Pillar,
    int? ProjectId,
    string Summary,
    string? Body,
    bool ConsentRecorded,
    bool Anonymised,
    bool Published,
    IReadOnlyList<QuoteResponse> Quotes);

/// <summary>A quote in a <see cref="StoryResponse"/>.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it, when that may be told.</param>
public sealed record QuoteResponse(string Text, string? Attribution);

/// <summary>GET and POST /api/v1/stories: the stories behind the numbers, with the same rules as the pages.</summary>
public static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/stories").WithTags("Verhalen");
        group.MapGet(string.Empty, ListStoriesAsync)
            .WithName("GetStories")
            .WithSummary("Verhalen achter de cijfers")
            .WithDescription("Zonder aanmelding alleen gepubliceerde verhalen; aangemeld ook concepten. Nieuwste eerst.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetStoryAsync)
            .WithName("GetStory")
            .WithSummary("Eén verhaal")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost(string.Empty, CreateStoryAsync)
            .WithName("CreateStory")
            .WithSummary("Een verhaal toevoegen")
            .WithDescription(
                "Met een persoonlijk toegangstoken (Authorization: Bearer) of de inlogcookie plus de antiforgery-kop. " +
                "Een ProgrammeManager en een KnowledgePartner mogen overal schrijven, een AreaEditor in de focusgebieden van zijn gemeenten. " +
                "Fouten per veld staan in 'errors'.")
            .RequireAuthorization()
            .RequireAntiforgeryForCookies()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    internal static async Task<Results<Ok<IReadOnlyList<StoryResponse>>, ProblemHttpResult>> ListStoriesAsync(
        [Description("Programma (slug, bv. vitale-wijken); zonder: alle programma's.")] string? programme,
        [Description("CBS-code: verhalen over dat gebied of een gebied daarbinnen, bv. WK034403 of GM0344.")] string? area,
        [Description("Pijlernummer.")] int? pillar,
        [Description("Id van een project uit de uitvoeringsagenda.")] int? project,
        StoryQueries queries,
        StoryProgrammes programmes,
        HttpContext http,
        CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(programme)
            && !(await programmes.AllAsync(ct)).Any(p => string.Equals(p.Slug, programme.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return ProblemResponses.For([Problem.Invalid("programme", "stories.programme.unknown", programme)], http);
        }

        AreaCode? areaCode = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            var parsed = AreaCode.Parse(area.Trim().ToUpperInvariant());
            if (parsed.Error is { } error)
            {
                return ApiProblems.Validation(error with { Message = $"Parameter area: {error.Message}" }, new Dictionary<string, string[]> { ["area"] = [error.Message] }, http);
            }

            areaCode = parsed.Value;
        }

        var stories = await queries.ListAsync(new StoryFilter(null, areaCode, pillar, project, programme), Audience.Of(http.User), ct);
        return TypedResults.Ok<IReadOnlyList<StoryResponse>>([.. stories.Select(ToResponse)]);
    }

    internal static async Task<Results<Ok<StoryResponse>, ProblemHttpResult>> GetStoryAsync(int id, StoryQueries queries, HttpContext http, CancellationToken ct)
    {
        var story = await queries.GetAsync(id, Audience.Of(http.User), ct);
        return story is null
            ? ProblemResponses.For([Problem.NotFound("story.not_found", id)], http)
            : TypedResults.Ok(ToResponse(story));
    }

    internal static async Task<Results<Created<StoryResponse>, ProblemHttpResult>> CreateStoryAsync(
        CreateStoryRequest request,
        StoryEditing editing,
        StoryQueries queries,
        HttpContext http,
        CancellationToken ct)
    {
        var outcome = await editing.CreateAsync(
            http.User,
            new StoryFields(request.Method, request.Date, request.Area, request.Pillar, request.ProjectId, request.Summary, request.Body, request.ConsentRecordedOn, request.Programme),
            [.. (request.Quotes ?? []).Select(q => new QuoteInput(q.Text, q.Attribution, q.Named))],
            request.Anonymised,
            request.Published,
            ct);
        if (!outcome.Succeeded)
        {
            return ProblemResponses.For(outcome, http);
        }

        var story = await queries.GetAsync(outcome.Value, Audience.SignedIn, ct);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/v1/stories/{story!.Id}"), ToResponse(story));
    }


    private static StoryResponse ToResponse(StoryItem s) => new(
        s.Id,
        s.Method,
        s.Date,
        s.Area,
        s.AreaName,
        s.FocusAreaCode,
        s.PillarNumber,
        s.ProjectId,
        s.Summary,
        s.Body,
        s.ConsentRecordedOn.HasValue,
        s.IsAnonymised,
        s.IsPublished,
        [.. s.Quotes.Select(q => new QuoteResponse(q.Text, q.Attribution))]);
}
