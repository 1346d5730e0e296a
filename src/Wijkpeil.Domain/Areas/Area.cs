namespace Wijkpeil.Domain.Areas;

/// <summary>A region in the register: the country, a province, gemeente, wijk or buurt.</summary>
public sealed class Area
{
    private readonly List<int> _layoutYears = [];

    public Area(AreaCode code, string name, AreaCode? parent, IEnumerable<int> layoutYears)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Level = code.Level;
        Name = name.Trim();
        ParentCode = parent;
        foreach (var year in layoutYears)
        {
            AddLayoutYear(year);
        }
    }

    // For EF Core materialisation.
    private Area()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public AreaCode Code { get; private set; }

    public AreaLevel Level { get; private set; }

    public string Name { get; private set; }

    public AreaCode? ParentCode { get; private set; }

    /// <summary>The CBS layout (indeling) years in which this code is known to exist.</summary>
    public IReadOnlyList<int> LayoutYears => _layoutYears;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void SetParent(AreaCode? parent) => ParentCode = parent;

    /// <summary>Records that the code exists in a layout year; returns whether that was new.</summary>
    public bool AddLayoutYear(int year)
    {
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A CBS layout year lies between 1900 and 2200.");
        }

        if (_layoutYears.Contains(year))
        {
            return false;
        }

        _layoutYears.Add(year);
        _layoutYears.Sort();
        return true;
    }
}
