using System.Globalization;

namespace Wijkpeil.App.Modules.Measurements.Contracts;

/// <summary>
/// The names readers see for the source tables imports store (<c>ImportBatch.SourceTable</c>: <c>50090NED</c>,
/// <c>85984NED</c>, <c>kwb</c>, <c>statline-csv</c>, <c>47018NED</c>): who publishes the table, its StatLine id and its
/// title, as ATTRIBUTION.md of the bundled files names them. A batch stores only the id (or the importer's format when
/// the file names no table), so the titles of the tables Wijkpeil knows live here; an unknown table is shown by its id.
/// </summary>
public static class SourceTables
{
    private static readonly Dictionary<string, SourceTable> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["50090NED"] = new("RIVM", "50090NED", "Gezondheid per wijk en buurt"),
        ["85984NED"] = new("CBS", "85984NED", "Kerncijfers wijken en buurten 2024"),
        // The downloadable kwb-YYYY.xlsx does not name its StatLine table: it is named by its title and year.
        ["kwb"] = new("CBS", null, "Kerncijfers wijken en buurten"),
        // A StatLine "download as CSV" does not name its table either; the bundled one is this table's.
        [ObservationFormats.StatLineCsv] = new("CBS", null, "Nabijheid voorzieningen; afstand locatie, wijk- en buurtcijfers"),
        ["47018NED"] = new("Politie/CBS", "47018NED", "Geregistreerde misdrijven; soort misdrijf, wijk, buurt"),
    };

    /// <summary>
    /// Publisher, table id, title and period: "CBS 85984NED Kerncijfers wijken en buurten 2024", "RIVM 50090NED
    /// Gezondheid per wijk en buurt 2020". The period is left out where the title already ends with it.
    /// </summary>
    public static string Describe(string? source, string? period)
    {
        // Not a table: the monitor's own "afgeleid / derived" stays as it is.
        if (source is not null && source.Contains(' ', StringComparison.Ordinal))
        {
            return source;
        }

        var table = Find(source);
        var text = string.Join(' ', new[] { table.Publisher, table.Id, table.Title }.Where(p => !string.IsNullOrEmpty(p)));
        return WithPeriod(text, period);
    }

    /// <summary>Publisher, table id and period for a list of sources: "RIVM 50090NED 2020", "CBS Nabijheid voorzieningen 2023" (no id known: the title up to its first semicolon).</summary>
    public static string Brief(string? source, string? period)
    {
        var table = Find(source);
        var text = table.Id is null
            ? string.Join(' ', new[] { table.Publisher, table.Title.Split(';')[0] }.Where(p => !string.IsNullOrEmpty(p)))
            : string.Join(' ', new[] { table.Publisher, table.Id }.Where(p => !string.IsNullOrEmpty(p)));
        return WithPeriod(text, period);
    }

    private static string WithPeriod(string text, string? period) =>
        string.IsNullOrWhiteSpace(period) || text.EndsWith(period.Trim(), StringComparison.Ordinal) ? text : string.Create(CultureInfo.InvariantCulture, $"{text} {period.Trim()}");

    private static SourceTable Find(string? source)
    {
        var id = (source ?? string.Empty).Trim();
        return Known.TryGetValue(id, out var known) ? known : new SourceTable(string.Empty, id.Length == 0 ? null : id, string.Empty);
    }

    private sealed record SourceTable(string Publisher, string? Id, string Title);
}
