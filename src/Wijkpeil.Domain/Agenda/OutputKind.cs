namespace Wijkpeil.Domain.Agenda;

/// <summary>The three questions of Results-Based Accountability performance measures.</summary>
public enum OutputKind
{
    /// <summary>How much did we do? (e.g. homes renovated, meetings held)</summary>
    HowMuch = 0,

    /// <summary>How well did we do it? (e.g. share of participants satisfied)</summary>
    HowWell = 1,

    /// <summary>Is anyone better off? (e.g. share of participants with a job after six months)</summary>
    BetterOff = 2,
}

/// <summary>What an output measure's values count, which decides the values it accepts.</summary>
public enum OutputUnit
{
    /// <summary>Whole, non-negative numbers of something named by the unit label (woningen, deelnemers).</summary>
    Count = 0,

    /// <summary>A percentage, 0 to 100.</summary>
    Percentage = 1,

    /// <summary>Any other finite quantity named by the unit label (rapportcijfer, uren).</summary>
    Other = 2,
}
