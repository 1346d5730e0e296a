using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Measurements.Contracts;

/// <summary>
/// When a survey figure is too small to show, wherever figures leave Wijkpeil: the monitor pages, the API and the
/// downloads (configuration section <c>Monitor</c>, the name it has always had in settings).
/// </summary>
public sealed class SmallNumberOptions
{
    public const string Section = "Monitor";

    /// <summary>Survey figures with fewer respondents than this are not shown (default 30).</summary>
    public int MinimumSampleSize { get; set; } = SmallNumberPolicy.DefaultThreshold;
}
