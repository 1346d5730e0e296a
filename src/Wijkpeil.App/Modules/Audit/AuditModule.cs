using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>The Audit module's front door: the audit trail, its page (found by the Razor component scan) and its CSV.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        // Changes are audited in the name of the system unless the host says who is working (web: the
        // signed-in account; CLI: the operator).
        services.TryAddSingleton<IAuditActorSource>(new FixedAuditActorSource(AuditActor.System));
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IAuditTrailPosition, AuditTrailPosition>();
        services.AddScoped<AuditQueries>();
        return services;
    }

    /// <summary>The web host's part: changes are made by the signed-in account (the trail's access policy is Accounts', see <see cref="Contracts.AuditTrailPolicy"/>).</summary>
    public static IServiceCollection AddAuditModuleWeb(this IServiceCollection services)
    {
        services.AddScoped<IAuditActorSource, HttpAuditActorSource>();
        return services;
    }

    /// <summary>GET /beheer/audit.csv.</summary>
    public static IEndpointRouteBuilder MapAuditModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapAuditEndpoints();
}
