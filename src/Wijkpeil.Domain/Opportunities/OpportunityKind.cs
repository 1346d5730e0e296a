namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// What a related programme can add, in the four forms the progress letter names: "extra financiële ondersteuning
/// voor specifieke projecten, het leveren van expertise, het leggen van verbindingen en het versterken van de
/// regionale samenwerking of het doen van extra onderzoek".
/// </summary>
public enum OpportunityKind
{
    /// <summary>Extra financial support for specific projects; the only kind that may carry an amount.</summary>
    FinancialSupport = 1,

    /// <summary>Expertise the programme brings in.</summary>
    Expertise = 2,

    /// <summary>Making connections and strengthening regional cooperation.</summary>
    Connections = 3,

    /// <summary>Extra research.</summary>
    ExtraResearch = 4,
}
