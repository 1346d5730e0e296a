namespace Wijkpeil.Domain.Subsidies;

// Temporary: replaced by the helper's full version at merge.
public static class ObjectionTerm
{
    public static DateOnly EndsOn(DateOnly sentOn) => sentOn.AddDays(42);

    public static bool IsOpen(DateOnly sentOn, DateOnly today) => today <= EndsOn(sentOn);
}
