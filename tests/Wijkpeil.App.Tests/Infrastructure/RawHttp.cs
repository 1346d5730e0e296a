using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>One HTTP/1.1 response as it came off the socket: status, headers (names in lower case) and body.</summary>
internal sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public IEnumerable<string> Values(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
}

/// <summary>
/// Sends a request over a plain socket with the request target exactly as given. HttpClient (System.Uri) would
/// normalise <c>/inloggen/.</c>, <c>//inloggen</c> and <c>%69</c> before sending, and TestServer never parses a raw
/// target at all; only this shows what a real server (Kestrel) does with such paths.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string method, string target, IReadOnlyDictionary<string, string> headers, string? body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(headers);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, ct);
        await using var stream = client.GetStream();
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var request = new StringBuilder();
        request.Append(CultureInfo.InvariantCulture, $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            request.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        if (body is not null)
        {
            request.Append(CultureInfo.InvariantCulture, $"Content-Length: {bytes.Length}\r\n");
        }

        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), ct);
        await stream.WriteAsync(bytes, ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        return Parse(text);
    }

    private static RawResponse Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = end < 0 ? text : text[..end];
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => new KeyValuePair<string, string>(parts[0].Trim().ToLowerInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
        return new RawResponse(status, headers, end < 0 ? string.Empty : text[(end + 4)..]);
    }

    /// <summary>The Cookie header a browser would send to <paramref name="server"/> from <paramref name="cookies"/>.</summary>
    public static string CookieHeader(CookieContainer cookies, Uri server)
    {
        ArgumentNullException.ThrowIfNull(cookies);
        return cookies.GetCookieHeader(server);
    }
}
