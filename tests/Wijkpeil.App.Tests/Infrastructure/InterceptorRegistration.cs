using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data.Postgres;
using Wijkpeil.App.Data.Sqlite;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>Adds a test's EF Core interceptor to whichever provider's context the host uses.</summary>
internal static class InterceptorRegistration
{
    public static IServiceCollection AddToBothProviders(this IServiceCollection services, IInterceptor interceptor)
    {
        services.ConfigureDbContext<SqliteWijkpeilDbContext>((_, options) => options.AddInterceptors(interceptor));
        services.ConfigureDbContext<PostgresWijkpeilDbContext>((_, options) => options.AddInterceptors(interceptor));
        return services;
    }
}
