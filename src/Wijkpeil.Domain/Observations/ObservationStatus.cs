namespace Wijkpeil.Domain.Observations;

/// <summary>The publication workflow of a figure: only published figures are public.</summary>
public enum ObservationStatus
{
    Draft = 0,
    Approved = 1,
    Published = 2,
}
