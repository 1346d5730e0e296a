using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// The Vitale Wijken programme of provincie Utrecht as its progress letter (Voortgangsbericht Vitale Wijken
/// 2024) describes it: four focus areas, the province and the country as reference, five pillars.
/// </summary>
internal static class VitaleWijkenProgramme
{
    public const string Code = "vitale-wijken";
    public const string Name = "Vitale Wijken (provincie Utrecht)";

    public static IReadOnlyList<(int Number, string NameNl, string NameEn)> Pillars { get; } =
    [
        (Kernset.Health, "Gezondheid", "Health"),
        (Kernset.Safety, "Veiligheid en ondermijning", "Safety and subversion"),
        (Kernset.Participation, "Participatie en armoede", "Participation and poverty"),
        (Kernset.Education, "Onderwijs", "Education"),
        (Kernset.Living, "Wonen, gezonde leefomgeving, groen en duurzaamheid", "Housing, healthy living environment, green space and sustainability"),
    ];

    /// <summary>Batau is two wijken and Vollenhove one buurt: a focus area is what the programme works in, not a CBS unit.</summary>
    public static IReadOnlyList<(string Code, string Name, string[] Members)> FocusAreas { get; } =
    [
        ("overvecht", "Overvecht", ["WK034403"]),
        ("batau", "Batau", ["WK035603", "WK035604"]),
        ("vollenhove", "Vollenhove", ["BU03550205"]),
        ("soesterkwartier", "Soesterkwartier", ["WK030703"]),
    ];

    /// <summary>
    /// The province and the Netherlands; each focus area is compared with its own gemeente as well. The country
    /// is NL00, the code of the CBS region list and so of the register. StatLine tables such as RIVM's 50090NED
    /// call it NL01; the StatLine parser stores those figures under NL00, so one country carries both and
    /// "wijk against Nederland" works for every source.
    /// </summary>
    public static IReadOnlyList<string> ReferenceAreas { get; } = ["PV26", "NL00"];

    /// <summary>
    /// The measurement rounds, from the bundled files. Meting 2016 is the health monitor of 2016. Meting 2020 is the
    /// health monitor of 2020 with the kwb file of 2023, the nearness export of 2023 and the police figures of 2023 (source
    /// tables as the importer stores them: 50090NED, kwb, statline-csv, 47018NED). When two sources of a wave feed one indicator, the first listed wins.
    /// 85984NED (2024) is not in a wave: every kernset indicator it feeds is fed by kwb as well, which comes first.
    /// </summary>
    public static IReadOnlyList<WaveDefinition> Waves { get; } =
    [
        new("meting-2016", "Meting 2016", [new(Kernset.HealthTable, "2016")]),
        new("meting-2020", "Meting 2020", [new(Kernset.HealthTable, "2020"), new(KwbParser.DefaultSourceTable, "2023"), new(ObservationFormats.StatLineCsv, "2023"), new(Kernset.CrimeTable, "2023")]),
    ];

    /// <summary>The programme as the create use case takes it; the kernset is the catalogue's entries that have a pillar.</summary>
    public static ProgrammeDefinition Definition() => new(
        Code,
        Name,
        Description: null,
        [.. Pillars.Select(p => new PillarDefinition(p.Number, p.NameNl, p.NameEn))],
        [.. FocusAreas.Select(f => new FocusAreaDefinition(f.Code, f.Name, f.Members))],
        ReferenceAreas,
        [.. Kernset.Entries.Where(e => e.Pillar is not null).Select(e => new KernsetDefinition(e.Code, e.Breakdown, e.Pillar!.Value))],
        Waves);
}
