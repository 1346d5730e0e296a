using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wijkpeil.App.Hosting.Health;

/// <summary>The state of the service as a monitor reads it.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Checks">Each check with its outcome.</param>
public sealed record HealthResponse(string Status, IReadOnlyList<HealthCheckEntry> Checks);

/// <summary>One health check.</summary>
/// <param name="Name">The check, e.g. database.</param>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description">What the check found, in Dutch.</param>
/// <param name="DurationMs">How long the check took.</param>
public sealed record HealthCheckEntry(string Name, string Status, string? Description, double DurationMs);

/// <summary>
/// GET /health, as an ordinary endpoint rather than MapHealthChecks so that it is described in the
/// OpenAPI document and answers 503 as problem details like every other error.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", GetHealthAsync)
            .WithTags("Status")
            .WithName("GetHealth")
            .WithSummary("Of Wijkpeil en de database werken")
            .WithDescription("200 met de uitkomst per controle; 503 (problem details, met dezelfde controles onder 'checks') als de database niet werkt.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> GetHealthAsync(HealthCheckService health, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(ct);
        var response = new HealthResponse(
            report.Status.ToString(),
            [.. report.Entries.Select(e => new HealthCheckEntry(e.Key, e.Value.Status.ToString(), Describe(e.Key, e.Value), Math.Round(e.Value.Duration.TotalMilliseconds, 1)))]);
        if (report.Status != HealthStatus.Unhealthy)
        {
            return TypedResults.Ok(response);
        }

        return TypedResults.Problem(
            detail: string.Join(" ", response.Checks.Where(c => c.Status != nameof(HealthStatus.Healthy)).Select(c => c.Description)),
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Wijkpeil werkt nu niet",
            extensions: new Dictionary<string, object?> { ["health"] = response.Status, ["checks"] = response.Checks });
    }

    // An exception's message can name hosts and users; the public sees a fixed text, the log the rest.
    private static string Describe(string name, HealthReportEntry entry) =>
        entry.Exception is null && entry.Description is not null
            ? entry.Description
            : $"Controle '{name}' mislukte: {(name == WijkpeilWeb.DatabaseCheckName ? "de database is niet bereikbaar of heeft niet het verwachte schema." : "zie het logboek.")}";
}
