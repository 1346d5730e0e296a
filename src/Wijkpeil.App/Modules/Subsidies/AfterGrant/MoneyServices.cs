using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Subsidies.PayAdvance;
using Wijkpeil.App.Modules.Subsidies.RecordBalance;
using Wijkpeil.App.Modules.Subsidies.SettleSubsidy;
using Wijkpeil.App.Modules.Subsidies.SubmitReport;

namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>The services of the money after a grant, registered by <see cref="SubsidiesModule"/>.</summary>
internal static class MoneyServices
{
    public static IServiceCollection AddSubsidyMoney(this IServiceCollection services) =>
        services
            .AddScoped<MoneyChange>()
            .AddScoped<MoneyMails>()
            .AddScoped<PayAdvanceHandler>()
            .AddScoped<SettleSubsidyHandler>()
            .AddScoped<RecordBalanceHandler>()
            .AddScoped<SubmitReportHandler>();
}
