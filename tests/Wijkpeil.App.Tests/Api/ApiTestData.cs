using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Tests.Api;

/// <summary>
/// A small register (NL > Utrecht > gemeente Utrecht > Overvecht > two buurten, plus Nieuwegein), two
/// indicators in a one-pillar programme (references PV26 and NL00, waves Meting 2016 and Meting 2020 from 50090NED),
/// and figures stored through the real importer.
/// </summary>
internal static class ApiTestData
{
    public const string Health = "ervaren_gezondheid_goed";
    public const string Inhabitants = "inwoners";

    public static async Task SeedRegisterAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Areas.AddRange(
            new Area(AreaCode.From("NL00"), "Nederland", null, [2024]),
            new Area(AreaCode.From("PV26"), "Utrecht (PV)", AreaCode.From("NL00"), [2024]),
            new Area(AreaCode.From("GM0344"), "Utrecht", AreaCode.From("PV26"), [2023, 2024]),
            new Area(AreaCode.From("GM0356"), "Nieuwegein", AreaCode.From("PV26"), [2024]),
            new Area(AreaCode.From("WK034403"), "Overvecht", AreaCode.From("GM0344"), [2024]),
            new Area(AreaCode.From("BU03440301"), "Taag- en Rubicondreef", AreaCode.From("WK034403"), [2024]),
            new Area(AreaCode.From("BU03440302"), "Zamenhofdreef, \"Neckardreef\"", AreaCode.From("WK034403"), [2024]));

        var health = Indicator.Create(Health, "Ervaren gezondheid goed of zeer goed", "Perceived health good or very good", IndicatorKind.Percentage, Polarity.HigherIsBetter, "%").Value;
        health.Describe("Percentage dat de eigen gezondheid goed of zeer goed noemt.", "Share rating own health good or very good.", "RIVM/GGD Gezondheidsmonitor", "inwoners van 18 jaar en ouder");
        health.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed");
        health.SetSourceKind(SourceKind.Survey);
        var inhabitants = Indicator.Create(Inhabitants, "Aantal inwoners", "Inhabitants", IndicatorKind.Count, Polarity.Neutral, "aantal").Value;
        inhabitants.Describe("Aantal inwoners op 1 januari.", "Inhabitants on 1 January.", "CBS, Kerncijfers wijken en buurten", "inwoners");
        inhabitants.SetSourceKind(SourceKind.Register);
        db.Indicators.AddRange(health, inhabitants);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var programme = new Programme("vitale-wijken", "Vitale Wijken");
        _ = programme.AddPillar(1, "Gezondheid", "Health").Value;
        _ = programme.AddFocusArea("overvecht", "Overvecht", [AreaCode.From("WK034403")]).Value;
        _ = programme.AddCoreIndicator(health.Id, 1, "18+").Value;
        programme.AddReferenceArea(AreaCode.From("PV26"));
        programme.AddReferenceArea(AreaCode.From("NL00"));
        Assert.Empty(programme.SetWaves([("meting-2016", "Meting 2016", [("50090NED", "2016")]), ("meting-2020", "Meting 2020", [("50090NED", "2020")])]));
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Stores figures through the importer; every observation is (area, indicator, period, breakdown, value, lower, upper, n).</summary>
    public static async Task ImportAsync(
        TestDatabase database,
        bool publish,
        string fileName,
        string? sourceTable,
        params (string Area, string Indicator, string Period, string Breakdown, double Value, double? Lower, double? Upper, int? SampleSize)[] rows)
    {
        var dataset = new ParsedDataset("observations", fileName) { SourceTable = sourceTable, MayCreateIndicators = false };
        var row = 1;
        foreach (var r in rows)
        {
            dataset.Observations.Add(new ParsedObservation(r.Area, r.Indicator, r.Period, r.Breakdown, r.Value, r.Lower, r.Upper, r.SampleSize, ++row, "value"));
        }

        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var outcome = await importer.StoreAsync(dataset, new string('0', 64), new ImportOptions(Publish: publish, ImportedBy: "test"), TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    /// <summary>
    /// The register plus: published health figures for 2020 and 2022 (18+ with intervals, and the total), published
    /// inhabitants without a source table, and one draft figure that the public must never see.
    /// </summary>
    public static async Task SeedObservationsAsync(TestDatabase database)
    {
        await SeedRegisterAsync(database);
        await ImportAsync(
            database,
            publish: true,
            "gezondheidsmonitor.csv",
            "50090NED",
            ("WK034403", Health, "2022", "18+", 55.5, 51.2, 59.8, 412),
            ("GM0344", Health, "2022", "18+", 74.1, 73.0, 75.2, 5210),
            ("GM0344", Health, "2020", "18+", 75.3, 74.1, 76.5, 4877),
            ("GM0344", Health, "2022", "totaal", 73.9, null, null, null));
        await ImportAsync(
            database,
            publish: true,
            "kwb-2022, wijken.xlsx",
            null,
            ("WK034403", Inhabitants, "2022", "totaal", 33120, null, null, null),
            ("GM0344", Inhabitants, "2022", "totaal", 367984, null, null, null));
        await ImportAsync(
            database,
            publish: false,
            "concept.csv",
            "50090NED",
            ("GM0356", Health, "2022", "18+", 77.7, 76.0, 79.4, 1500));
    }
}
