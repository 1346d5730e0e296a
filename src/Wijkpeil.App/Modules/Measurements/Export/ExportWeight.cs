using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// Which requests for figures are heavy, and so count against the export limits: every file download (CSV, Excel),
/// and a JSON answer that nothing narrows. A JSON answer is light when it names 1 to
/// <see cref="MaxAreasOfALightAnswer"/> areas (an area has at most a few hundred figures) or exactly one indicator
/// (at most about 50,000 figures with the bundled data); anything else could be the whole data set (1.5 million
/// figures, 519 MB of JSON).
/// </summary>
public static class ExportWeight
{
    public const int MaxAreasOfALightAnswer = 50;

    public static bool IsHeavy(ExportFormat format, ObservationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (format != ExportFormat.Json)
        {
            return true;
        }

        var byArea = filter.Areas.Count is > 0 and <= MaxAreasOfALightAnswer;
        var byIndicator = filter.Indicators.Count == 1;
        return !byArea && !byIndicator;
    }

    /// <summary>
    /// True when the filter names nothing and reads figures as the public does: the whole published data set, served
    /// from a pre-built file.
    /// </summary>
    public static bool IsEverything(ObservationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return !filter.Audience.SeesUnpublishedFigures && filter.Areas.Count == 0 && filter.Indicators.Count == 0 && filter.Periods.Count == 0 && filter.Breakdowns.Count == 0;
    }
}
