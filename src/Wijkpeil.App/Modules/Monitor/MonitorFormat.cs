using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>How the monitor's figures and changes read on its pages (numbers themselves: <see cref="FigureFormat"/>).</summary>
public static class MonitorFormat
{
    /// <summary>The 95% interval, when both bounds are known: "[60,1 – 66,9]".</summary>
    public static string? Interval(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure is { Lower: { } lower, Upper: { } upper } ? $"[{FigureFormat.Number(lower)} – {FigureFormat.Number(upper)}]" : null;
    }
}
