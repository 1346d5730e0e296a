using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>GET /beheer/audit.csv: the audit trail with the filters of the page at /beheer/audit, as CSV.</summary>
public static class AuditEndpoints
{
    public const string CsvPath = "/beheer/audit.csv";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A companion of the page, for ProgrammeManagers only: not part of the public API's OpenAPI document.
        endpoints.MapGet(CsvPath, GetCsv)
            .RequireAuthorization(AuditTrailPolicy.Name)
            .ExcludeFromDescription();
        return endpoints;
    }

    internal static Results<PushStreamHttpResult, ProblemHttpResult> GetCsv(
        string? van, string? tot, string? type, string? wie, string? actie, string? id, AuditQueries queries, TimeProvider clock, HttpContext http)
    {
        var (filter, errors) = AuditFilter.Parse(van, tot, type, wie, actie, id);
        if (filter is null)
        {
            // The page only links to valid filters: this is a hand-made address, answered like the API would.
            return ProblemResponses.For(errors, http);
        }

        var stamp = AuditQueries.InAmsterdam(clock.GetUtcNow()).ToString("yyyy-MM-dd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var ct = http.RequestAborted;
        return TypedResults.Stream(
            stream => AuditCsv.WriteAsync(queries.StreamAsync(filter, ct), stream, ct),
            AuditCsv.ContentType,
            $"wijkpeil-audit-{stamp}.csv");
    }
}
