namespace Wijkpeil.App.Modules.Events;

/// <summary>The addresses of the public event pages, for pages and mails alike.</summary>
public static class EventLinks
{
    /// <summary>The path of the person's link page, before its secret.</summary>
    public const string RegistrationPath = "/bijeenkomsten/inschrijving/";

    public static string Page(int eventId) => FormattableString.Invariant($"/bijeenkomsten/{eventId}");

    /// <summary>The event's calendar file (its endpoint belongs to the calendar feature).</summary>
    public static string Calendar(int eventId) => Page(eventId) + "/agenda.ics";

    public static string Registration(string token) => RegistrationPath + Uri.EscapeDataString(token);

    /// <summary><paramref name="path"/> on the site's public address, for mails.</summary>
    public static Uri Absolute(Uri site, string path)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new Uri(new Uri(site.AbsoluteUri.TrimEnd('/') + "/"), path.TrimStart('/'));
    }
}
