using System.Globalization;
using System.Text;

namespace Wijkpeil.App.Kernel.Ui;

/// <summary>Where a login or the language switch may send the reader afterwards: only paths on this site, never another host.</summary>
public static class LocalReturnUrl
{
    /// <summary>
    /// The longest return address kept. The site's own links stay far below it; anything longer is not a page of
    /// this site someone came from, and a Location header of that size would only burden the browser.
    /// </summary>
    public const int MaxLength = 2000;

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site, otherwise <c>/</c>; encoded so that a Location
    /// header can carry it (a decoded <c>terug=/%C3%A9</c> is <c>/é</c>, which Kestrel refuses to send).
    /// </summary>
    public static string OrHome(string? returnUrl) => IsLocal(returnUrl) ? Encode(returnUrl!) : "/";

    /// <summary>
    /// A path on this site: starts with one <c>/</c>; "//host" and "/\host" are refused because browsers read them as
    /// another host (an open redirect), control characters because browsers drop some (tab, newline) before they
    /// read the address, so "/\t/host" would become "//host".
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.Length <= MaxLength
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>
    /// Percent-encodes (UTF-8) what a URL may not hold as it is: non-ASCII characters and spaces. Everything else
    /// stays, escapes already there and the query's separators included, so the address means what it meant.
    /// </summary>
    private static string Encode(string url)
    {
        if (url.All(c => c > ' ' && c < 0x7F))
        {
            return url;
        }

        var encoded = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            // A lone surrogate comes out as U+FFFD: the address was never valid text.
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
