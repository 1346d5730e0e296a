using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Tests.Export;

/// <summary>Helpers for tests that hold downloads open and count what the server lets through.</summary>
internal static class ExportTestHosts
{
    public const string ClientHeader = "X-Test-Client";

    /// <summary>
    /// The host with the given settings, where a request's <see cref="ClientHeader"/> (an IP address) becomes its
    /// remote address: the in-memory test server has none, and the export limits count per address.
    /// </summary>
    public static WebApplicationFactory<TEntryPoint> WithExportSettings<TEntryPoint>(this WebApplicationFactory<TEntryPoint> app, params (string Key, string Value)[] settings)
        where TEntryPoint : class =>
        app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        });

    /// <summary>Sends a GET and returns as soon as the headers are in, leaving the body unread (the server then waits).</summary>
    public static async Task<HttpResponseMessage> StartAsync(HttpClient client, string path, string? clientAddress = null, string? accept = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (clientAddress is not null)
        {
            request.Headers.Add(ClientHeader, clientAddress);
        }

        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate following) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return following(http);
            });
            next(app);
        };
    }
}

/// <summary>
/// Samples the process's live managed memory (after a full collection) every 100 ms and keeps the peak, so a
/// test can tell whether answers were held in memory whole. The test server runs in this process.
/// </summary>
internal sealed class LiveMemoryPeak : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private LiveMemoryPeak()
    {
        Baseline = GC.GetTotalMemory(forceFullCollection: true);
        _peak = Baseline;
        _sampling = Task.Run(SampleAsync);
    }

    public long Baseline { get; }

    /// <summary>The highest live memory seen since the start, above the baseline.</summary>
    public long Growth => Interlocked.Read(ref _peak) - Baseline;

    public static LiveMemoryPeak Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var live = GC.GetTotalMemory(forceFullCollection: true);
            if (live > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, live);
            }

            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
