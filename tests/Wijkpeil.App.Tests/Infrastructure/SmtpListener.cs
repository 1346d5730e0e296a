using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) in this process on a free loopback port, without TLS or
/// authentication: what the application sends over the network arrives here as MIME messages.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly ConcurrentQueue<MimeMessage> _received = new();

    private SmtpListener(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _received];

    /// <summary>The settings that send the application's mail here.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mail:SmtpHost"] = "127.0.0.1",
        ["Mail:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:SmtpSecurity"] = "None",
        ["Mail:From"] = "Wijkpeil <noreply@wijkpeil.example>",
    };

    /// <summary>Starts a listener and returns once it accepts connections.</summary>
    public static async Task<SmtpListener> StartAsync()
    {
        var listener = new SmtpListener(FreePort());
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, listener.Port, TestContext.Current.CancellationToken);
                return listener;
            }
            catch (SocketException) when (attempt < 200)
            {
                await Task.Yield();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped as asked
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
