using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Monitor.MonitorText))]

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>
/// Marker for the problem messages of the Monitor module (<c>MonitorText.resx</c>, Dutch; <c>MonitorText.en.resx</c>,
/// English): an unknown map level or indicator, a factsheet that does not exist.
/// </summary>
public sealed class MonitorText;
