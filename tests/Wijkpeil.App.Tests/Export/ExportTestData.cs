using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Export;

/// <summary>
/// Generated figures, enough to make an export's size matter yet quick to store: the small register of
/// <see cref="ApiTestData"/> plus <c>areas</c> made-up gemeenten under PV26 and <c>indicators</c> counts, each
/// combination published for 2022 and 2023.
/// </summary>
internal static class ExportTestData
{
    public const string FirstArea = "GM5000";

    /// <summary>Stores areas × indicators × 2 figures through the importer, as one published import.</summary>
    public static async Task SeedManyAsync(TestDatabase database, int areas, int indicators)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            for (var a = 0; a < areas; a++)
            {
                db.Areas.Add(new Area(AreaCode.From(AreaAt(a)), "Testgemeente " + a.ToString(CultureInfo.InvariantCulture), AreaCode.From("PV26"), [2024]));
            }

            for (var i = 0; i < indicators; i++)
            {
                var indicator = Indicator.Create(IndicatorAt(i), "Telling " + i.ToString(CultureInfo.InvariantCulture), "Count " + i.ToString(CultureInfo.InvariantCulture), IndicatorKind.Count, Polarity.Neutral, "aantal").Value;
                indicator.Describe("Telling.", "Count.", "test", "inwoners"); // described: an undescribed indicator is not public
                db.Indicators.Add(indicator);
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var rows = new List<(string, string, string, string, double, double?, double?, int?)>(areas * indicators * 2);
        foreach (var period in new[] { "2022", "2023" })
        {
            for (var i = 0; i < indicators; i++)
            {
                for (var a = 0; a < areas; a++)
                {
                    rows.Add((AreaAt(a), IndicatorAt(i), period, "totaal", 1000 + a + i, null, null, null));
                }
            }
        }

        await ApiTestData.ImportAsync(database, publish: true, "gegenereerd.csv", "TEST", [.. rows]);
    }

    private static string AreaAt(int index) => string.Create(CultureInfo.InvariantCulture, $"GM{5000 + index}");

    private static string IndicatorAt(int index) => string.Create(CultureInfo.InvariantCulture, $"telling_{index:D3}");
}
