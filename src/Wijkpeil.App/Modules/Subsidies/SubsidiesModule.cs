using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;
using Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;
using Wijkpeil.App.Modules.Subsidies.AssessApplication;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Modules.Subsidies.DownloadAttachment;
using Wijkpeil.App.Modules.Subsidies.ExportApplicantData;
using Wijkpeil.App.Modules.Subsidies.RankTender;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.App.Modules.Subsidies.SeedScheme;
using Wijkpeil.App.Modules.Subsidies.ShowRegister;

namespace Wijkpeil.App.Modules.Subsidies;

/// <summary>
/// The Subsidies module's front door: subsidy schemes, applications without an account, screening by the Awb clock,
/// assessment, decisions within the plafond, payments and settlement, one folder per use case. Its pages are found by
/// the Razor component scan.
/// </summary>
public static class SubsidiesModule
{
    public static IServiceCollection AddSubsidiesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => AttachmentOptions.Read(
            configuration,
            sp.GetRequiredService<DatabaseOptions>(),
            sp.GetService<IWebHostEnvironment>()?.WebRootPath));
        services.AddSingleton<IAttachmentStore, FileAttachmentStore>();
        services.AddScoped<SubsidyTime>();
        services.AddScoped<DecideApplicationHandler>();
        services.AddScoped<DecisionLetters>();
        services.AddScoped<DecisionMails>();
        services.AddScoped<ApplicantFiles>();
        services.AddScoped<ApplicantLink>();
        services.AddScoped<ApplicantMails>();
        services.AddScoped<ApplicantMailSender>();
        services.AddScoped<SchemeAreas>();
        services.AddScoped<ApplyForSubsidyHandler>();
        services.AddScoped<ScreenApplications.WorklistQuery>();
        services.AddScoped<ScreenApplications.DossierQuery>();
        services.AddScoped<Schemes.ApplicationChange>();
        services.AddScoped<ScreenApplications.ScreenApplicationHandler>();
        ApplicantLinkRateLimit.AddTo(services, configuration);
        services.AddScoped<RegisterQuery>();
        services.AddScoped<Agenda.Contracts.IAgendaSubsidies, AgendaSubsidies>();
        services.AddScoped<Contracts.ISubsidySeeding, SubsidySeeding>();
        services.AddScoped<AssignAssessorHandler>();
        services.AddScoped<DeclareConflictHandler>();
        services.AddScoped<SubmitScoresHandler>();
        services.AddScoped<AssessmentSummaryQuery>();
        services.AddScoped<MyAssessmentsQuery>();
        services.AddScoped<AssessmentViewQuery>();
        services.AddScoped<SchemeRankingQuery>();
        services.AddScoped<DefineScheme.DefineSchemeHandler>();
        services.AddScoped<DefineScheme.SchemeChoicesQuery>();
        services.AddSingleton(RetentionOptions.Read(configuration));
        services.AddScoped<AnonymiseApplicationsHandler>();
        services.AddScoped<IDailyTask, AnonymiseApplicationsTask>();
        services.AddScoped<ApplicantDataQuery>();
        AfterGrant.MoneyServices.AddSubsidyMoney(services);
        services.AddScoped<Kernel.Scheduling.IDailyTask, RemindReports.RemindReportsTask>();
        return services;
    }

    /// <summary>The module's endpoints (downloads of attachments and letters, the public register's files).</summary>
    public static IEndpointRouteBuilder MapSubsidiesModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapRegisterDownloads().MapDecisionLetterDownloads().MapAttachmentDownloads().MapApplicantDataDownload();
}
