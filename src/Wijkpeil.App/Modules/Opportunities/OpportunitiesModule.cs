using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Opportunities.Contracts;
using Wijkpeil.App.Modules.Opportunities.ManageOpportunities;
using Wijkpeil.App.Modules.Opportunities.Overlaps;
using Wijkpeil.App.Modules.Opportunities.Round;
using Wijkpeil.App.Modules.Opportunities.SeedLetter;

namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>
/// The Opportunities module's front door: the meekoppelkansen register (chances related provincial programmes bring,
/// with their status history), the overlap flag between programmes' planned works, and the yearly round in which the
/// agenda is sent to related programmes. Its pages are found by the Razor component scan.
/// </summary>
public static class OpportunitiesModule
{
    public static IServiceCollection AddOpportunitiesModule(this IServiceCollection services)
    {
        services.AddScoped<IOpportunitySeeding, OpportunitySeeding>();
        services.AddScoped<OpportunityChoicesQuery>();
        services.AddScoped<OpportunityHandler>();
        services.AddScoped<OpportunityListQuery>();
        services.AddScoped<OverlapQuery>();
        services.AddScoped<RelatedProgrammes.RelatedProgrammeHandler>();
        services.AddScoped<RoundHandler>();
        services.AddScoped<RoundViewQuery>();
        services.AddScoped<RoundAgendaQuery>();
        services.AddScoped<RoundExports>();
        return services;
    }

    /// <summary>The module's endpoints (the round's downloads).</summary>
    public static IEndpointRouteBuilder MapOpportunitiesModule(this IEndpointRouteBuilder endpoints) => endpoints.MapRoundDownloads();
}
