using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Measurements.MeasurementsText))]

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>
/// Marker for the problem messages of the Measurements module (<c>MeasurementsText.resx</c>, Dutch;
/// <c>MeasurementsText.en.resx</c>, English): refused filters of <c>/api/v1/observations</c> and of the export
/// command, and the answer when too many downloads run at once.
/// </summary>
public sealed class MeasurementsText;
