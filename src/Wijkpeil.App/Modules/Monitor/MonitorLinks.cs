namespace Wijkpeil.App.Modules.Monitor;

/// <summary>The monitor's addresses that carry a programme, built in one place so that pages and endpoints agree.</summary>
public static class MonitorLinks
{
    /// <summary>The list of programmes.</summary>
    public const string Programmes = "/programmas";

    /// <summary>A programme's overview.</summary>
    public static string Programme(string slug) => $"{Programmes}/{Uri.EscapeDataString(slug)}";

    /// <summary>The factsheet of a programme's focus area for one of its waves (add ".pdf" for the PDF).</summary>
    public static string Factsheet(string programme, string focusArea, string wave) =>
        $"{Programme(programme)}/factsheets/{Uri.EscapeDataString(focusArea)}/{Uri.EscapeDataString(wave)}";

    /// <summary>A programme's focus area as one unit (add ".json" or ".csv" for its figures as data).</summary>
    public static string FocusArea(string programme, string focusArea) =>
        $"{Programme(programme)}/gebieden/{Uri.EscapeDataString(focusArea)}";

    /// <summary>An area page, showing only <paramref name="programme"/>'s section when one is given.</summary>
    public static string Area(string code, string? programme = null) =>
        programme is null ? $"/wijken/{Uri.EscapeDataString(code)}" : $"/wijken/{Uri.EscapeDataString(code)}?programma={Uri.EscapeDataString(programme)}";

    /// <summary>A query string part <c>programma=…</c> to add to a link, or empty without a programme.</summary>
    public static string ProgrammeQuery(string? programme, char separator = '?') =>
        programme is null ? string.Empty : $"{separator}programma={Uri.EscapeDataString(programme)}";
}
