using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Modules.Approval;

/// <summary>
/// The case found when the review was tried as a new user would (issue 11, point 7): Overgewicht (a percentage) for six
/// wijken of Utrecht, published: 2020 around 50 % (Overvecht 51 %), and 2022 for the five others, each within two points
/// of 2020. A draft then puts Overvecht at 95 %. Used by the review page's and the CLI's tests alike.
/// </summary>
internal static class OverweightCase
{
    public const string Indicator = "overgewicht";
    public const string Overvecht = "WK034403";

    /// <summary>A new database with the register and the published Overgewicht figures.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            foreach (var code in new[] { "WK034401", "WK034402", "WK034404", "WK034405", "WK034406" })
            {
                db.Areas.Add(new Area(AreaCode.From(code), "Wijk " + code[^2..], AreaCode.From("GM0344"), [2024]));
            }

            db.Indicators.Add(Domain.Indicators.Indicator.Create(Indicator, "Overgewicht", "Overweight", IndicatorKind.Percentage, Polarity.HigherIsWorse, "%").Value);
            await db.SaveChangesAsync(ct);
        }

        (string Area, double Y2020, double Y2022)[] wijken = [("WK034401", 48, 49), ("WK034402", 50, 52), (Overvecht, 51, double.NaN), ("WK034404", 53, 52), ("WK034405", 47, 48), ("WK034406", 52, 53)];
        await ApiTestData.ImportAsync(database, publish: true, "overgewicht-2020.csv", null, [.. wijken.Select(w => (w.Area, Indicator, "2020", "totaal", w.Y2020, (double?)null, (double?)null, (int?)null))]);
        await ApiTestData.ImportAsync(database, publish: true, "overgewicht-2022.csv", null, [.. wijken.Where(w => !double.IsNaN(w.Y2022)).Select(w => (w.Area, Indicator, "2022", "totaal", w.Y2022, (double?)null, (double?)null, (int?)null))]);
        return database;
    }

    /// <summary>The published 2022 Overgewicht of <paramref name="area"/>, if any.</summary>
    public static async Task<double?> In2022Async(TestDatabase database, string area)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return await (
            from o in db.Observations
            join a in db.Areas on o.AreaId equals a.Id
            join i in db.Indicators on o.IndicatorId equals i.Id
            join p in db.Periods on o.PeriodId equals p.Id
            where i.Code == Indicator && p.Code == "2022" && a.Code == AreaCode.From(area)
            select (double?)o.Value).SingleOrDefaultAsync(TestContext.Current.CancellationToken);
    }
}
