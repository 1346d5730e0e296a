using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.ResearchPlans.Contracts;
using Wijkpeil.App.Modules.ResearchPlans.ManagePlans;
using Wijkpeil.App.Modules.ResearchPlans.ShowPlan;

namespace Wijkpeil.App.Modules.ResearchPlans;

/// <summary>
/// The ResearchPlans module's front door: the gemeente-specific research plan of each focus area (issue 14 point 6,
/// the programme's "lokaal maatwerk"): questions, methods, target groups, partners, planning and status, public per
/// focus area and kept by the ProgrammeManager and the area's editors. Its pages are found by the Razor component scan.
/// </summary>
public static class ResearchPlansModule
{
    public static IServiceCollection AddResearchPlansModule(this IServiceCollection services)
    {
        services.AddScoped<PlanProgrammes>();
        services.AddScoped<IResearchPlanSeeding, ResearchPlanSeeding>();
        services.AddScoped<ManageResearchPlansHandler>();
        services.AddScoped<ResearchPlanQuery>();
        return services;
    }
}
