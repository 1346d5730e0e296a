using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Programmes;

/// <summary>
/// A wijkaanpak such as Vitale Wijken: its focus areas, reference areas, pillars and the core
/// indicator set (kernset) that places each indicator on a pillar.
/// </summary>
public sealed class Programme
{
    private readonly List<FocusArea> _focusAreas = [];
    private readonly List<Pillar> _pillars = [];
    private readonly List<ReferenceArea> _referenceAreas = [];
    private readonly List<CoreIndicator> _coreIndicators = [];

    public Programme(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code.Trim();
        Name = name.Trim();
    }

    public int Id { get; private set; }

    /// <summary>A slug such as <c>vitale-wijken</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<FocusArea> FocusAreas => _focusAreas;

    public IReadOnlyList<Pillar> Pillars => _pillars;

    /// <summary>Areas every focus area is compared with (the province, the country); each focus area adds its own gemeente.</summary>
    public IReadOnlyList<ReferenceArea> ReferenceAreas => _referenceAreas;

    public IReadOnlyList<CoreIndicator> CoreIndicators => _coreIndicators;

    public Result<Pillar> AddPillar(int number, string nameNl, string nameEn)
    {
        if (_pillars.Any(p => p.Number == number))
        {
            return Result<Pillar>.Failure("pillar.duplicate", $"Pijler {number} bestaat al in {Name}.");
        }

        var pillar = new Pillar(number, nameNl, nameEn);
        _pillars.Add(pillar);
        return pillar;
    }

    /// <summary>Adds a focus area made of one or more wijken or buurten.</summary>
    public Result<FocusArea> AddFocusArea(string code, string name, IReadOnlyCollection<AreaCode> members)
    {
        // FocusArea stores the trimmed code, so the duplicate check below must compare trimmed codes.
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        code = code.Trim();
        if (members.Count == 0)
        {
            return Result<FocusArea>.Failure("focus_area.empty", $"Focusgebied {name} heeft geen wijken of buurten.");
        }

        if (members.Any(m => m.Level is not (AreaLevel.District or AreaLevel.Neighbourhood)))
        {
            return Result<FocusArea>.Failure("focus_area.level", $"Focusgebied {name} mag alleen uit wijken (WK) of buurten (BU) bestaan.");
        }

        var municipalities = members.Select(m => m.Municipality!.Value).Distinct().ToList();
        if (municipalities.Count != 1)
        {
            return Result<FocusArea>.Failure("focus_area.municipality", $"De wijken en buurten van focusgebied {name} moeten in één gemeente liggen.");
        }

        if (_focusAreas.Any(f => f.Code == code))
        {
            return Result<FocusArea>.Failure("focus_area.duplicate", $"Focusgebied {code} bestaat al.");
        }

        var focusArea = new FocusArea(code, name, municipalities[0], members);
        _focusAreas.Add(focusArea);
        return focusArea;
    }

    public void AddReferenceArea(AreaCode area)
    {
        if (_referenceAreas.All(r => r.AreaCode != area))
        {
            _referenceAreas.Add(new ReferenceArea(area, _referenceAreas.Count));
        }
    }

    public Result<CoreIndicator> AddCoreIndicator(int indicatorId, int pillarNumber, string breakdownCode)
    {
        // "", " 18+ " and "totaal" must compare as observations store them, or the kernset holds duplicates.
        breakdownCode = Breakdown.NormaliseCode(breakdownCode);
        if (_pillars.All(p => p.Number != pillarNumber))
        {
            return Result<CoreIndicator>.Failure("core_indicator.pillar", $"Pijler {pillarNumber} bestaat niet in {Name}.");
        }

        if (_coreIndicators.Any(c => c.IndicatorId == indicatorId && c.BreakdownCode == breakdownCode))
        {
            return Result<CoreIndicator>.Failure("core_indicator.duplicate", "Deze indicator staat al in de kernset.");
        }

        var core = new CoreIndicator(indicatorId, pillarNumber, breakdownCode, _coreIndicators.Count);
        _coreIndicators.Add(core);
        return core;
    }
}

/// <summary>One of a programme's themes, e.g. (1) gezondheid.</summary>
public sealed class Pillar
{
    internal Pillar(int number, string nameNl, string nameEn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameNl);
        Number = number;
        NameNl = nameNl.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameNl : nameEn.Trim();
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string NameNl { get; private set; }

    public string NameEn { get; private set; }
}

/// <summary>A neighbourhood the programme works in: one or more wijken or buurten of one gemeente.</summary>
public sealed class FocusArea
{
    private readonly List<AreaCode> _members = [];

    internal FocusArea(string code, string name, AreaCode municipality, IEnumerable<AreaCode> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code.Trim();
        Name = name.Trim();
        MunicipalityCode = municipality;
        _members.AddRange(members.Distinct().Order());
    }

    private FocusArea()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>A slug such as <c>batau</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public AreaCode MunicipalityCode { get; private set; }

    public IReadOnlyList<AreaCode> Members => _members;
}

/// <summary>An area every focus area of the programme is compared with.</summary>
public sealed class ReferenceArea
{
    internal ReferenceArea(AreaCode areaCode, int order)
    {
        AreaCode = areaCode;
        Order = order;
    }

    public int Id { get; private set; }

    public AreaCode AreaCode { get; private set; }

    public int Order { get; private set; }
}

/// <summary>An indicator of the kernset, placed on a pillar, shown for one breakdown (e.g. 18+).</summary>
public sealed class CoreIndicator
{
    internal CoreIndicator(int indicatorId, int pillarNumber, string breakdownCode, int order)
    {
        IndicatorId = indicatorId;
        PillarNumber = pillarNumber;
        BreakdownCode = breakdownCode;
        Order = order;
    }

    public int Id { get; private set; }

    public int IndicatorId { get; private set; }

    public int PillarNumber { get; private set; }

    public string BreakdownCode { get; private set; }

    public int Order { get; private set; }
}
