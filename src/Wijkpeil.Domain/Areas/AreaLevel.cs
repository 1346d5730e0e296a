namespace Wijkpeil.Domain.Areas;

/// <summary>The CBS region hierarchy, from the country down to the neighbourhood.</summary>
public enum AreaLevel
{
    Country = 0,
    Province = 1,
    Municipality = 2,
    District = 3,
    Neighbourhood = 4,
}
