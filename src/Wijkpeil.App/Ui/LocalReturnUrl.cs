namespace Wijkpeil.App.Ui;

/// <summary>Where a login or the language switch may send the reader afterwards: only paths on this site, never another host.</summary>
public static class LocalReturnUrl
{
    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site, otherwise <c>/</c>. "//host" and "/\host"
    /// are refused because browsers read them as another host (an open redirect).
    /// </summary>
    public static string OrHome(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
