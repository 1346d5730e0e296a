using System.Diagnostics;
using System.Net;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>Reads public pages as a reader would and tells whether the output cache answered (an <c>Age</c> header).</summary>
internal static class CachedPages
{
    /// <summary>How long a page may take to be stored, or evicted after a write in another host.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    /// <summary>The page, HTML-decoded, and whether the cache served it.</summary>
    public static async Task<(HttpStatusCode Status, string Html, bool FromCache)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, html, response.Headers.Age is not null);
    }

    /// <summary>Asks for a page until the cache serves it (the first request renders and stores it).</summary>
    public static async Task CachedAsync(HttpClient client, string path)
    {
        var waited = Stopwatch.StartNew();
        var page = await GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        while (!page.FromCache && waited.Elapsed < Deadline)
        {
            page = await GetAsync(client, path);
        }

        Assert.True(page.FromCache, $"{path} was never served from the cache");
    }
}
