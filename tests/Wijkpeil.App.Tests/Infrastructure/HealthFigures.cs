using Wijkpeil.App.Tests.Api;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// The hand-made health figures the public pages' tests read, on <see cref="ApiTestData"/>'s register: Overvecht's
/// 63,5 [60,1; 66,9] (n=412) in 2016 and 69,9 [66,6; 73,2] (n=420) in 2020, which differ significantly (z = 2,65,
/// p = 0,008, worked out in the domain tests), and gemeente Utrecht's 75,3 [74,1; 76,5] (n=4877) in 2020, all 18+.
/// </summary>
internal static class HealthFigures
{
    /// <summary>
    /// Publishes those figures, and a test's own <paramref name="more"/> after them, as one 50090NED batch
    /// (gezondheidsmonitor.csv) through the importer.
    /// </summary>
    public static Task PublishAsync(
        TestDatabase database,
        params (string Area, string Indicator, string Period, string Breakdown, double Value, double? Lower, double? Upper, int? SampleSize)[] more) =>
        ApiTestData.ImportAsync(
            database,
            publish: true,
            "gezondheidsmonitor.csv",
            "50090NED",
            [
                ("WK034403", ApiTestData.Health, "2016", "18+", 63.5, 60.1, 66.9, 412),
                ("WK034403", ApiTestData.Health, "2020", "18+", 69.9, 66.6, 73.2, 420),
                ("GM0344", ApiTestData.Health, "2020", "18+", 75.3, 74.1, 76.5, 4877),
                .. more,
            ]);
}
