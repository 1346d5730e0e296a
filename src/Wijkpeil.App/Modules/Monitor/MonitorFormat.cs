using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.Domain.Statistics;

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

    /// <summary>The CSS modifier of a change marker.</summary>
    public static string MarkerClass(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Improved => "wp-marker--better",
        ChangeDirection.Worsened => "wp-marker--worse",
        ChangeDirection.Stable => "wp-marker--stable",
        _ => "wp-marker--changed",
    };

    /// <summary>
    /// The marker's symbol shows which way the number moved (▲ up, ▼ down, = the same), the text and
    /// colour whether that is better or worse: never colour alone.
    /// </summary>
    public static string MarkerSymbol(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Direction == ChangeDirection.Stable ? "=" : change.Difference > 0 ? "▲" : "▼";
    }
}
