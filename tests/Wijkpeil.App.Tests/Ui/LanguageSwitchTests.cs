using System.Globalization;
using System.Net;
using System.Text;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// The language switch's return address (<c>/taal/{culture}?terug=</c>): whatever is in it, the answer is a redirect
/// to the same local address, encoded so a Location header can carry it, or to the home page; never a 500
/// (issue 9, point 9: <c>/taal/en-GB?terug=/%C3%A9</c> answered 500). On Kestrel, which refuses to send a header
/// value with non-ASCII or control characters.
/// </summary>
public sealed class LanguageSwitchTests
{
    /// <summary>Return addresses as sent in the query string (URL-encoded), and where the switch must send the reader.</summary>
    private static readonly (string Terug, string Location)[] Cases =
    [
        ("%2F%C3%A9", "/%C3%A9"),
        ("/%C3%A9", "/%C3%A9"),
        ("%2Fwijken%2FWK034403%3Fx%3D%C3%A9%26y%3D1", "/wijken/WK034403?x=%C3%A9&y=1"),
        ("%2F%F0%9F%98%80", "/%F0%9F%98%80"),
        ("%2Fa%20b", "/a%20b"),
        ("%2F%25C3%25A9", "/%C3%A9"),
        ("%2Fverhalen%23pijler-1", "/verhalen#pijler-1"),
        ("%2F%2Fevil.example", "/"),
        ("%2F%5Cevil.example", "/"),
        ("%2F%09%2Fevil.example", "/"),
        ("%2F%0D%0ASet-Cookie%3A%20x%3D1", "/"),
        ("%2F%00", "/"),
        ("%E2%80%A8%2Fevil", "/"),
        ("%20%2Fwijken", "/"),
        ("", "/"),
        ("https%3A%2F%2Fevil.example", "/"),
    ];

    [Fact]
    public async Task LanguageSwitch_ReturnAddress_RedirectsToItEncodedOrHome()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        var (host, address) = KestrelHost.Start(app); // TestServer would pass a Location header Kestrel refuses
        await using var running = host;
        using var client = KestrelHost.Client(address);

        var wrong = new List<string>();
        foreach (var (terug, expected) in Cases)
        {
            using var response = await client.GetAsync(new Uri($"/taal/en-GB?terug={terug}", UriKind.Relative), TestContext.Current.CancellationToken);
            var location = response.Headers.Location?.OriginalString;
            if (response.StatusCode != HttpStatusCode.Redirect || location != expected)
            {
                wrong.Add(string.Create(CultureInfo.InvariantCulture, $"terug={terug}: {(int)response.StatusCode} {location}, expected 302 {expected}"));
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task LanguageSwitch_VeryLongReturnAddress_GoesHomeAndALongLocalOneIsKept()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        var (host, address) = KestrelHost.Start(app); // TestServer would pass a Location header Kestrel refuses
        await using var running = host;
        using var client = KestrelHost.Client(address);
        var kept = "/" + new string('a', LocalReturnUrl.MaxLength - 1);
        var tooLong = "/" + new string('a', LocalReturnUrl.MaxLength);

        using var keptResponse = await client.GetAsync(new Uri($"/taal/nl-NL?terug={Uri.EscapeDataString(kept)}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var longResponse = await client.GetAsync(new Uri($"/taal/nl-NL?terug={Uri.EscapeDataString(tooLong)}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(kept, keptResponse.Headers.Location?.OriginalString);
        Assert.Equal("/", longResponse.Headers.Location?.OriginalString);
    }

    /// <summary>Seeded random return addresses of slashes, backslashes, percent signs, letters, non-ASCII and control characters.</summary>
    [Fact]
    public async Task LanguageSwitch_RandomReturnAddresses_AlwaysRedirectSafely()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        var (host, address) = KestrelHost.Start(app); // TestServer would pass a Location header Kestrel refuses
        await using var running = host;
        using var client = KestrelHost.Client(address);
        var random = new Random(20260909);
        string[] pieces = ["/", "/", "\\", "%", "%2F", "?", "#", "&", "=", ":", ".", "..", " ", "a", "Z", "9", "é", "€", "😀", "\u2028", "\u00A0", "\t", "\r", "\n", "\0", "\uD800", "//", "http:", "javascript:"];

        var problems = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var terug = new StringBuilder();
            var length = random.Next(0, 12);
            for (var j = 0; j < length; j++)
            {
                terug.Append(pieces[random.Next(pieces.Length)]);
            }

            var value = terug.ToString();
            using var response = await client.GetAsync(new Uri("/taal/en-GB?terug=" + Uri.EscapeDataString(value), UriKind.Relative), TestContext.Current.CancellationToken);
            var location = response.Headers.Location?.OriginalString;
            if (response.StatusCode != HttpStatusCode.Redirect || location is null || !IsSafeLocation(location))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Escape(value)} -> {(int)response.StatusCode} {location}"));
            }
            else if (location != "/" && !value.Contains('%', StringComparison.Ordinal) && Uri.UnescapeDataString(location) != value.Replace("\uD800", "\uFFFD", StringComparison.Ordinal))
            {
                problems.Add($"{Escape(value)} -> {location}: not the same address");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // A Location a browser follows to this site only: ASCII without spaces or controls, a path, not "//" or "/\".
    private static bool IsSafeLocation(string location) =>
        location.Length > 0
        && location[0] == '/'
        && (location.Length == 1 || (location[1] != '/' && location[1] != '\\'))
        && location.All(c => c > ' ' && c < 0x7F);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
