namespace Wijkpeil.Domain.Agenda;

/// <summary>Who pays a funding line; <see cref="Other"/> needs a name (a fund, a housing corporation).</summary>
public enum Funder
{
    Rijk = 0,
    Provincie = 1,
    Gemeente = 2,
    Other = 3,
}
