using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Tests.Agenda;

/// <summary>A hand-made Vitale Wijken programme: two of its focus areas and five pillars.</summary>
internal static class TestProgramme
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public static Programme VitaleWijken()
    {
        var programme = new Programme("vitale-wijken", "Vitale Wijken");
        programme.AddFocusArea("overvecht", "Overvecht", [AreaCode.From("WK034403")]);
        programme.AddFocusArea("batau", "Batau", [AreaCode.From("WK035603"), AreaCode.From("WK035604")]);
        for (var number = 1; number <= 5; number++)
        {
            programme.AddPillar(number, $"Pijler {number}", string.Empty);
        }

        return programme;
    }
}
