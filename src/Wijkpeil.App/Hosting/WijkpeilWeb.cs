using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Wijkpeil.App.Hosting.Health;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Kernel.Ui.Layout;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Events;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Opportunities;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Subsidies;

namespace Wijkpeil.App.Hosting;

/// <summary>The web host's part: the JSON API, its OpenAPI document, /health and problem details for every error.</summary>
public static class WijkpeilWeb
{
    /// <summary>The name of the database health check.</summary>
    public const string DatabaseCheckName = "database";

    /// <summary>Registers what the API needs on top of <see cref="WijkpeilServices.AddWijkpeil"/>.</summary>
    public static IServiceCollection AddWijkpeilWeb(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemResponses.Customize);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));

            // Numbers are numbers: the web default also reads them from strings, which the OpenAPI
            // document then announces as "integer or string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Wijkpeil API";
            document.Info.Description =
                "Open data van Wijkpeil: het gebiedenregister, de indicatorcatalogus en gepubliceerde cijfers per gebied, " +
                "indicator, periode en uitsplitsing. Fouten zijn application/problem+json (RFC 9457) met een Nederlandse toelichting.";

            // The API first, the monitor's data of a page (area, focus area) after it: the reference opens on the API.
            var paths = new OpenApiPaths();
            foreach (var (path, item) in document.Paths.OrderBy(p => p.Key.StartsWith("/api/", StringComparison.Ordinal) || p.Key == "/health" ? 0 : 1))
            {
                paths.Add(path, item);
            }

            document.Paths = paths;

            // The tags in that order too: the reference lists its sections by the document's tags, not by its paths.
            var order = paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags?.AsEnumerable() ?? []).Select(t => t.Name).Distinct().ToList();
            if (document.Tags is { Count: > 0 } tags)
            {
                var sorted = tags.OrderBy(t => order.IndexOf(t.Name) is var i and >= 0 ? i : int.MaxValue).ToList();
                tags.Clear();
                foreach (var tag in sorted)
                {
                    tags.Add(tag);
                }
            }

            return Task.CompletedTask;
        }));
        services.AddSecurityHeaders();
        services.AddSecurityTxt();
        Kernel.Ui.About.PublisherOptions.Register(services);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseCheckName);
        services.AddHttpContextAccessor();
        services.AddAccountsModuleWeb();
        services.AddAuditModuleWeb();

        // The public pages: Blazor static server rendering, Dutch with English on request.
        services.AddRazorComponents();
        services.AddCachedLocalization();
        services.AddPublicPageCache();
        services.AddDailyTaskRunner();
        services.AddMeasurementsModuleWeb();
        services.AddEventsModuleWeb();
        return services;
    }

    /// <summary>
    /// Turns every error response without a body (unknown route, wrong method) and every unhandled
    /// exception into problem details on the API, and into an HTML page in the reader's language
    /// everywhere else. Call before mapping endpoints.
    /// </summary>
    public static IApplicationBuilder UseWijkpeilProblemDetails(this IApplicationBuilder app)
    {
        app.UseWhen(WebPaths.IsApiRequest, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // A malformed request that the framework rejects is the caller's fault, not a server error.
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !WebPaths.IsApiRequest(http), pages =>
        {
            pages.UseExceptionHandler(WebPaths.StatusPagePath(StatusCodes.Status500InternalServerError), createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        });

        // Inside both: a write that timed out waiting for the lock becomes 503 with Retry-After, not a 500.
        app.UseMiddleware<DatabaseBusyResponses>();
        return app;
    }

    /// <summary>Maps the public pages, their language switch and the static assets of the host.</summary>
    public static IEndpointRouteBuilder MapWijkpeilPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapLanguageSwitch();
        endpoints.MapMonitorModule();
        endpoints.MapAuditModule();
        endpoints.MapRazorComponents<Document>().CacheOutput(PublicPageCache.PolicyName);
        return endpoints;
    }

    /// <summary>Maps /health, /openapi/v1.json, its reference at /scalar/v1 and the /api/v1 endpoints.</summary>
    public static IEndpointRouteBuilder MapWijkpeilApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();

        // Scalar serves its own script from the package: the reference works without a CDN. Its inline start script
        // gets a fresh nonce that the page's Content-Security-Policy names (SecurityHeaders); nothing is loaded from
        // or reported to Scalar's servers (fonts, telemetry, the AI agent), which the policy would refuse anyway.
        endpoints.MapScalarApiReference(options => options
            .WithTitle("Wijkpeil API")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        endpoints.MapHealthEndpoints();
        endpoints.MapSecurityTxt();
        endpoints.MapAreasModule();
        endpoints.MapIndicatorsModule();
        endpoints.MapMeasurementsModule();
        endpoints.MapProgrammesModule();
        endpoints.MapAgendaModule();
        endpoints.MapStoriesModule();
        endpoints.MapSubsidiesModule();
        endpoints.MapEventsModule();
        endpoints.MapOpportunitiesModule();
        return endpoints;
    }
}
