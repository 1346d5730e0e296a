using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Observations;

/// <summary>
/// One figure as the API, exports and pages show it: an indicator for an area in a period and breakdown,
/// with its interval, sample size, status and provenance.
/// </summary>
/// <param name="AreaCode">CBS code of the area, e.g. <c>WK034403</c>.</param>
/// <param name="AreaName">The area's name in the register.</param>
/// <param name="IndicatorCode">Code of the indicator in the catalogue.</param>
/// <param name="Period">Period code: a year such as <c>2022</c>, or a measurement wave code.</param>
/// <param name="Breakdown">
/// Breakdown code such as <c>18+</c>; the whole population is <c>totaal</c>
/// (<see cref="Domain.Observations.Breakdown.TotalCode"/>), never an empty string.
/// </param>
/// <param name="Value">The figure; null when it is suppressed (see <paramref name="Suppressed"/>).</param>
/// <param name="Lower">Lower bound of the 95% interval, when known.</param>
/// <param name="Upper">Upper bound of the 95% interval, when known.</param>
/// <param name="SampleSize">Number of respondents, for survey figures.</param>
/// <param name="Status">Draft, approved or published; anonymous callers only ever see published figures.</param>
/// <param name="Source">
/// The source table of the import that wrote the value (e.g. <c>50090NED</c>, <c>kwb</c>), or the import's
/// format when it named none; at most 40 characters, as the generic CSV format's <c>source</c> column.
/// </param>
/// <param name="SourceFile">The name of the imported file.</param>
/// <param name="ImportedAt">When the import that wrote the current value ran.</param>
/// <param name="Suppressed">
/// Why the value and its interval are left out of a public answer: a survey figure on fewer respondents
/// than the monitor's threshold (the sample size stays, so the reason can be checked). Null when shown.
/// </param>
public sealed record ObservationRecord(
    string AreaCode,
    string AreaName,
    string IndicatorCode,
    string Period,
    string Breakdown,
    double? Value,
    double? Lower,
    double? Upper,
    int? SampleSize,
    ObservationStatus Status,
    string Source,
    string SourceFile,
    DateTimeOffset ImportedAt,
    string? Suppressed = null);
