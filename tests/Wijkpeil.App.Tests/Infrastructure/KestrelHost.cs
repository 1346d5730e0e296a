extern alias web;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel at 127.0.0.1 on a free port, for what only a real server shows: how it parses a raw
/// request target, and which header values it refuses to send (TestServer checks neither).
/// </summary>
internal static class KestrelHost
{
    /// <summary>Starts <paramref name="app"/> (with <paramref name="configure"/>) on Kestrel; dispose the returned factory to stop it.</summary>
    public static (WebApplicationFactory<web::Program> Host, Uri Address) Start(WijkpeilAppFactory app, Action<IWebHostBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var host = app.WithWebHostBuilder(b => configure?.Invoke(b));
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (host, new Uri(address));
    }

    /// <summary>An HttpClient on the Kestrel address that does not follow redirects.</summary>
    public static HttpClient Client(Uri address, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = address };
}
