using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Security;

namespace Wijkpeil.App.Tests.Api;

/// <summary>
/// One web host per provider for the project API tests, with the Vitale Wijken programme and one account (and
/// token) per caller of the <see cref="AuthorisationMatrix"/>. Started on first use and shared by the class, so
/// each test creates the projects it asserts on under a title of its own.
/// </summary>
public sealed class ProjectApiHosts : IAsyncDisposable
{
    public const string Password = "lange zin als wachtwoord";

    private readonly Dictionary<DatabaseProvider, Task<Host>> _hosts = [];
    private readonly Lock _lock = new();

    public Task<Host> GetAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_hosts.TryGetValue(provider, out var host))
            {
                host = StartAsync(provider);
                _hosts[provider] = host;
            }

            return host;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await (await host).App.DisposeAsync();
        }
    }

    /// <summary>The e-mail address of a caller's account.</summary>
    public static string EmailOf(string caller) => caller.Replace(' ', '-').ToLowerInvariant() + "@test.nl";

    private static async Task<Host> StartAsync(DatabaseProvider provider)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await using var scope = database.CreateScope();
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            await seeder.SeedCatalogueAsync(TestContext.Current.CancellationToken);
            await seeder.SeedProgrammeAsync(TestContext.Current.CancellationToken);
        });
        var tokens = new Dictionary<string, string?>();
        await using (var scope = app.Database.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            foreach (var caller in AuthorisationMatrix.Callers)
            {
                if (AuthorisationMatrix.RoleOf(caller) is not { } role)
                {
                    tokens[caller] = null;
                    continue;
                }

                var added = await users.AddAsync(new NewAccount(EmailOf(caller), role, AuthorisationMatrix.GemeentenOf(caller), Password), TestContext.Current.CancellationToken);
                Assert.True(added.Succeeded, added.ToString());
                var token = await users.CreateTokenAsync(EmailOf(caller), "api-tests", expiresAt: null, TestContext.Current.CancellationToken);
                Assert.True(token.Succeeded, token.ToString());
                tokens[caller] = token.Value.Token;
            }
        }

        return new Host(app, tokens);
    }

    /// <summary>A started app and the token of each caller (null for anonymous).</summary>
    public sealed record Host(WijkpeilAppFactory App, IReadOnlyDictionary<string, string?> Tokens)
    {
        /// <summary>A client without cookies or redirects, carrying the caller's token if it has one.</summary>
        public HttpClient ClientFor(string caller)
        {
            var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            if (Tokens[caller] is { } token)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return client;
        }
    }
}
