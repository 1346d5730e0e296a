using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Modules.Programmes;

/// <summary>The catalogue, a small area register (the Vitale Wijken areas and their parents), breakdowns and periods.</summary>
internal static class ProgrammeTestData
{
    public static async Task SeedCatalogueAndRegisterAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedCatalogueAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        static Area Area(string code, string name, string? parent) => new(AreaCode.From(code), name, parent is null ? null : AreaCode.From(parent), [2024]);
        db.Areas.AddRange(
            Area("NL00", "Nederland", null),
            Area("PV26", "Utrecht (PV)", "NL00"),
            Area("GM0344", "Utrecht", "PV26"),
            Area("GM0356", "Nieuwegein", "PV26"),
            Area("GM0355", "Zeist", "PV26"),
            Area("GM0307", "Amersfoort", "PV26"),
            Area("WK034403", "Overvecht", "GM0344"),
            Area("WK034406", "Kanaleneiland", "GM0344"),
            Area("WK035603", "Batau-Noord", "GM0356"),
            Area("WK035604", "Batau-Zuid", "GM0356"),
            Area("BU03550205", "Vollenhove", "GM0355"),
            Area("WK030703", "Soesterkwartier", "GM0307"));
        db.Breakdowns.Add(new Breakdown("18+", "18+", "18+"));
        db.Periods.AddRange(Period.ForYear(2016), Period.ForYear(2020), Period.ForYear(2023), Period.ForYear(2024));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A small valid programme in Utrecht: Overvecht and Kanaleneiland, two pillars, a kernset of two, one wave.</summary>
    public static ProgrammeDefinition Utrecht(string slug = "wijkaanpak-utrecht", IReadOnlyList<string>? referenceAreas = null) => new(
        slug,
        "Wijkaanpak Utrecht",
        "De **wijkaanpak** van de gemeente.",
        [new(2, "Wonen", "Housing"), new(1, "Gezondheid", null)],
        [new("overvecht", "Overvecht", ["WK034403"]), new("kanaleneiland", "Kanaleneiland", ["WK034406"])],
        referenceAreas,
        [new("Roker", "18+", 1), new("ErvarenGezondheidGoedZeerGoed", "18+", 1)],
        [new("meting-2020", "Meting 2020", [new("50090NED", "2020"), new("kwb", "2023")])]);
}
