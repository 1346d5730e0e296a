using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

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

    /// <summary>Builds the programme with its kernset; <paramref name="indicatorIds"/> maps indicator codes to stored ids.</summary>
    public static Programme Build(IReadOnlyDictionary<string, int> indicatorIds)
    {
        var programme = new Programme(Code, Name);
        foreach (var (number, nameNl, nameEn) in Pillars)
        {
            Check(programme.AddPillar(number, nameNl, nameEn));
        }

        foreach (var (code, name, members) in FocusAreas)
        {
            Check(programme.AddFocusArea(code, name, [.. members.Select(AreaCode.From)]));
        }

        foreach (var area in ReferenceAreas)
        {
            programme.AddReferenceArea(AreaCode.From(area));
        }

        foreach (var entry in Kernset.Entries.Where(e => e.Pillar is not null))
        {
            Check(programme.AddCoreIndicator(indicatorIds[entry.Code], entry.Pillar!.Value, entry.Breakdown));
        }

        return programme;
    }

    // The seed is ours: a failure here is a bug in this file, not a user error.
    private static void Check<T>(Result<T> result)
    {
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"The Vitale Wijken seed is inconsistent: {error.Message}");
        }
    }
}
