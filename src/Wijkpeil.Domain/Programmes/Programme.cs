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
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    private readonly List<FocusArea> _focusAreas = [];
    private readonly List<Pillar> _pillars = [];
    private readonly List<ReferenceArea> _referenceAreas = [];
    private readonly List<CoreIndicator> _coreIndicators = [];
    private readonly List<Wave> _waves = [];

    /// <summary>For code that builds a known-good programme (tests); user input goes through <see cref="Create"/>.</summary>
    public Programme(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var slug = Slug.Check(code, "programme");
        Code = slug.IsSuccess ? slug.Value : throw new ArgumentException(slug.Error!.Message, nameof(code));
        Name = name.Trim();
    }

    public int Id { get; private set; }

    /// <summary>A slug such as <c>vitale-wijken</c> (see <see cref="Slug"/>).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>What the programme is, in Markdown exactly as typed; null when none is given.</summary>
    public string? Description { get; private set; }

    public IReadOnlyList<FocusArea> FocusAreas => _focusAreas;

    /// <summary>The pillars in their display order.</summary>
    public IReadOnlyList<Pillar> Pillars => [.. _pillars.OrderBy(p => p.Order).ThenBy(p => p.Number)];

    /// <summary>Areas every focus area is compared with (the province, the country); each focus area adds its own gemeente.</summary>
    public IReadOnlyList<ReferenceArea> ReferenceAreas => _referenceAreas;

    public IReadOnlyList<CoreIndicator> CoreIndicators => _coreIndicators;

    /// <summary>The measurement rounds in their order.</summary>
    public IReadOnlyList<Wave> Waves => [.. _waves.OrderBy(w => w.Order)];

    /// <summary>A new programme with a checked slug, name and description.</summary>
    public static Result<Programme> Create(string? slug, string? name, string? description)
    {
        var checkedSlug = Slug.Check(slug, "programme");
        if (!checkedSlug.IsSuccess)
        {
            return checkedSlug.Error!;
        }

        var checkedName = TextRules.Required(name, NameMaxLength, "programme.name", "de naam van het programma", "name");
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        var programme = new Programme(checkedSlug.Value, checkedName.Value);
        var described = programme.Describe(description);
        return described.IsSuccess ? programme : described.Error!;
    }

    public Result<Programme> ChangeSlug(string? slug)
    {
        var checkedSlug = Slug.Check(slug, "programme");
        if (!checkedSlug.IsSuccess)
        {
            return checkedSlug.Error!;
        }

        Code = checkedSlug.Value;
        return this;
    }

    public Result<Programme> Rename(string? name)
    {
        var checkedName = TextRules.Required(name, NameMaxLength, "programme.name", "de naam van het programma", "name");
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        Name = checkedName.Value;
        return this;
    }

    public Result<Programme> Describe(string? markdown)
    {
        var checkedText = TextRules.OptionalRaw(markdown, DescriptionMaxLength, "programme.description", "de beschrijving", "description");
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        Description = checkedText.Value;
        return this;
    }

    public Result<Pillar> AddPillar(int number, string nameNl, string nameEn)
    {
        if (PillarError(number, nameNl) is { } error)
        {
            return error.Error;
        }

        if (_pillars.Any(p => p.Number == number))
        {
            return Result<Pillar>.Failure("pillar.duplicate", $"Pijler {number} bestaat al in {Name}.");
        }

        var pillar = new Pillar(number, nameNl, nameEn, _pillars.Count == 0 ? 0 : _pillars.Max(p => p.Order) + 1);
        _pillars.Add(pillar);
        return pillar;
    }

    /// <summary>
    /// Makes the pillars exactly <paramref name="pillars"/>, shown in that order: a number that exists is renamed,
    /// a new number added, and a pillar left out removed together with its kernset entries. Nothing changes when an
    /// item breaks a rule. Whether projects or stories still use a removed pillar is for the caller to check.
    /// </summary>
    public IReadOnlyList<ItemError> SetPillars(IReadOnlyList<(int Number, string? NameNl, string? NameEn)> pillars)
    {
        var errors = new List<ItemError>();
        for (var i = 0; i < pillars.Count; i++)
        {
            if (PillarError(pillars[i].Number, pillars[i].NameNl) is { } error)
            {
                errors.Add(error with { Index = i });
            }
            else if (pillars.Take(i).Any(p => p.Number == pillars[i].Number))
            {
                errors.Add(new ItemError(i, "number", new DomainError("pillar.duplicate", $"Pijler {pillars[i].Number} staat twee keer in de lijst.")));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var numbers = pillars.Select(p => p.Number).ToHashSet();
        _pillars.RemoveAll(p => !numbers.Contains(p.Number));
        _coreIndicators.RemoveAll(c => !numbers.Contains(c.PillarNumber));
        for (var i = 0; i < pillars.Count; i++)
        {
            var (number, nameNl, nameEn) = pillars[i];
            if (_pillars.FirstOrDefault(p => p.Number == number) is { } pillar)
            {
                pillar.Rename(nameNl!, nameEn);
                pillar.Order = i;
            }
            else
            {
                _pillars.Add(new Pillar(number, nameNl!, nameEn, i));
            }
        }

        return [];
    }

    /// <summary>Adds a focus area made of one or more wijken or buurten.</summary>
    public Result<FocusArea> AddFocusArea(string code, string name, IReadOnlyCollection<AreaCode> members)
    {
        var checkedCode = Slug.Check(code, "focus_area");
        if (!checkedCode.IsSuccess)
        {
            return checkedCode.Error!;
        }

        if (FocusAreaError(name, members) is { } error)
        {
            return error.Error;
        }

        if (_focusAreas.Any(f => f.Code == checkedCode.Value))
        {
            return Result<FocusArea>.Failure("focus_area.duplicate", $"Focusgebied {checkedCode.Value} bestaat al.");
        }

        var focusArea = new FocusArea(checkedCode.Value, name, members.First().Municipality!.Value, members);
        _focusAreas.Add(focusArea);
        return focusArea;
    }

    /// <summary>
    /// Makes the focus areas exactly <paramref name="focusAreas"/>, matched on slug: an existing one gets the new name
    /// and members, a new slug is added, a slug left out is removed. Nothing changes when an item breaks a rule.
    /// </summary>
    public IReadOnlyList<ItemError> SetFocusAreas(IReadOnlyList<(string? Slug, string? Name, IReadOnlyCollection<AreaCode> Members)> focusAreas)
    {
        var errors = new List<ItemError>();
        for (var i = 0; i < focusAreas.Count; i++)
        {
            var slug = Slug.Check(focusAreas[i].Slug, "focus_area");
            if (!slug.IsSuccess)
            {
                errors.Add(new ItemError(i, "slug", slug.Error!));
            }
            else if (focusAreas.Take(i).Any(f => f.Slug?.Trim() == slug.Value))
            {
                errors.Add(new ItemError(i, "slug", new DomainError("focus_area.duplicate", $"Focusgebied {slug.Value} staat twee keer in de lijst.")));
            }

            if (FocusAreaError(focusAreas[i].Name, focusAreas[i].Members) is { } error)
            {
                errors.Add(error with { Index = i });
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var slugs = focusAreas.Select(f => f.Slug!.Trim()).ToHashSet(StringComparer.Ordinal);
        _focusAreas.RemoveAll(f => !slugs.Contains(f.Code));
        foreach (var (slug, name, members) in focusAreas)
        {
            if (_focusAreas.FirstOrDefault(f => f.Code == slug!.Trim()) is { } existing)
            {
                existing.Edit(name!, members);
            }
            else
            {
                _focusAreas.Add(new FocusArea(slug!.Trim(), name!, members.First().Municipality!.Value, members));
            }
        }

        return [];
    }

    public void AddReferenceArea(AreaCode area)
    {
        if (_referenceAreas.All(r => r.AreaCode != area))
        {
            _referenceAreas.Add(new ReferenceArea(area, _referenceAreas.Count));
        }
    }

    /// <summary>Makes the reference areas exactly <paramref name="areas"/>, in that order; a repeated area is refused.</summary>
    public IReadOnlyList<ItemError> SetReferenceAreas(IReadOnlyList<AreaCode> areas)
    {
        var errors = areas.Select((area, i) => (area, i))
            .Where(x => areas.Take(x.i).Contains(x.area))
            .Select(x => new ItemError(x.i, null, new DomainError("reference_area.duplicate", $"Referentiegebied {x.area} staat twee keer in de lijst.")))
            .ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        _referenceAreas.RemoveAll(r => !areas.Contains(r.AreaCode));
        for (var i = 0; i < areas.Count; i++)
        {
            if (_referenceAreas.FirstOrDefault(r => r.AreaCode == areas[i]) is { } existing)
            {
                existing.Order = i;
            }
            else
            {
                _referenceAreas.Add(new ReferenceArea(areas[i], i));
            }
        }

        return [];
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

        var core = new CoreIndicator(indicatorId, pillarNumber, breakdownCode, _coreIndicators.Count(c => c.PillarNumber == pillarNumber));
        _coreIndicators.Add(core);
        return core;
    }

    /// <summary>
    /// Makes the kernset exactly <paramref name="entries"/>; within a pillar the entries are shown in the order given.
    /// An entry is matched on (indicator, breakdown), so an unchanged entry keeps its row. Nothing changes on an error.
    /// </summary>
    public IReadOnlyList<ItemError> SetKernset(IReadOnlyList<(int IndicatorId, int PillarNumber, string? BreakdownCode)> entries)
    {
        var normalised = entries.Select(e => (e.IndicatorId, e.PillarNumber, Breakdown: Breakdown.NormaliseCode(e.BreakdownCode ?? string.Empty))).ToList();
        var errors = new List<ItemError>();
        for (var i = 0; i < normalised.Count; i++)
        {
            var entry = normalised[i];
            if (_pillars.All(p => p.Number != entry.PillarNumber))
            {
                errors.Add(new ItemError(i, "pillar", new DomainError("core_indicator.pillar", $"Pijler {entry.PillarNumber} bestaat niet in {Name}.")));
            }

            if (normalised.Take(i).Any(e => e.IndicatorId == entry.IndicatorId && e.Breakdown == entry.Breakdown))
            {
                errors.Add(new ItemError(i, "indicator", new DomainError("core_indicator.duplicate", "Deze indicator staat al in de kernset.")));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        _coreIndicators.RemoveAll(c => !normalised.Any(e => e.IndicatorId == c.IndicatorId && e.Breakdown == c.BreakdownCode));
        foreach (var group in normalised.GroupBy(e => e.PillarNumber))
        {
            var order = 0;
            foreach (var (indicatorId, pillarNumber, breakdown) in group)
            {
                if (_coreIndicators.FirstOrDefault(c => c.IndicatorId == indicatorId && c.BreakdownCode == breakdown) is { } existing)
                {
                    existing.Place(pillarNumber, order);
                }
                else
                {
                    _coreIndicators.Add(new CoreIndicator(indicatorId, pillarNumber, breakdown, order));
                }

                order++;
            }
        }

        return [];
    }

    /// <summary>
    /// Makes the waves exactly <paramref name="waves"/>, in that order, matched on slug. Each wave lists its sources
    /// (source table and period); when two sources of one wave feed the same indicator, the first listed wins.
    /// </summary>
    public IReadOnlyList<ItemError> SetWaves(IReadOnlyList<(string? Slug, string? Name, IReadOnlyList<(string SourceTable, string PeriodCode)> Sources)> waves)
    {
        var errors = new List<ItemError>();
        var checkedWaves = new List<(string Slug, string Name)>();
        for (var i = 0; i < waves.Count; i++)
        {
            var slug = Slug.Check(waves[i].Slug, "wave");
            var name = TextRules.Required(waves[i].Name, NameMaxLength, "wave.name", "de naam van de meting", "name");
            if (!slug.IsSuccess)
            {
                errors.Add(new ItemError(i, "slug", slug.Error!));
            }
            else if (checkedWaves.Any(w => w.Slug == slug.Value))
            {
                errors.Add(new ItemError(i, "slug", new DomainError("wave.duplicate", $"Meting {slug.Value} staat twee keer in de lijst.")));
            }

            if (!name.IsSuccess)
            {
                errors.Add(new ItemError(i, "name", name.Error!));
            }

            var probe = new Wave(slug.IsSuccess ? slug.Value : string.Empty, name.IsSuccess ? name.Value : string.Empty, i);
            if (probe.SetSources(waves[i].Sources).Error is { } sourceError)
            {
                errors.Add(new ItemError(i, "sources", sourceError));
            }

            checkedWaves.Add((slug.IsSuccess ? slug.Value : string.Empty, name.IsSuccess ? name.Value : string.Empty));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        _waves.RemoveAll(w => checkedWaves.All(c => c.Slug != w.Slug));
        for (var i = 0; i < waves.Count; i++)
        {
            var wave = _waves.FirstOrDefault(w => w.Slug == checkedWaves[i].Slug);
            if (wave is null)
            {
                wave = new Wave(checkedWaves[i].Slug, checkedWaves[i].Name, i);
                _waves.Add(wave);
            }

            wave.Rename(checkedWaves[i].Name);
            wave.Order = i;
            wave.SetSources(waves[i].Sources);
        }

        return [];
    }

    private static ItemError? PillarError(int number, string? nameNl)
    {
        if (number < 1)
        {
            return new ItemError(null, "number", new DomainError("pillar.number.invalid", $"Een pijlernummer is 1 of hoger, niet {number}."));
        }

        var name = TextRules.Required(nameNl, NameMaxLength, "pillar.name", "de naam van de pijler", "nameNl");
        return name.IsSuccess ? null : new ItemError(null, "nameNl", name.Error!);
    }

    private static ItemError? FocusAreaError(string? name, IReadOnlyCollection<AreaCode> members)
    {
        var checkedName = TextRules.Required(name, NameMaxLength, "focus_area.name", "de naam van het focusgebied", "name");
        if (!checkedName.IsSuccess)
        {
            return new ItemError(null, "name", checkedName.Error!);
        }

        if (members.Count == 0)
        {
            return new ItemError(null, "members", new DomainError("focus_area.empty", $"Focusgebied {name} heeft geen wijken of buurten."));
        }

        if (members.Any(m => m.Level is not (AreaLevel.District or AreaLevel.Neighbourhood)))
        {
            return new ItemError(null, "members", new DomainError("focus_area.level", $"Focusgebied {name} mag alleen uit wijken (WK) of buurten (BU) bestaan."));
        }

        return members.Select(m => m.Municipality!.Value).Distinct().Count() != 1
            ? new ItemError(null, "members", new DomainError("focus_area.municipality", $"De wijken en buurten van focusgebied {name} moeten in één gemeente liggen."))
            : null;
    }
}

/// <summary>One of a programme's themes, e.g. (1) gezondheid. The number is what projects and stories refer to; the order is where it is shown.</summary>
public sealed class Pillar
{
    internal Pillar(int number, string nameNl, string? nameEn, int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Number = number;
        NameNl = string.Empty;
        NameEn = string.Empty;
        Rename(nameNl, nameEn);
        Order = order;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string NameNl { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>The display position within the programme, from 0.</summary>
    public int Order { get; internal set; }

    internal void Rename(string nameNl, string? nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameNl);
        NameNl = nameNl.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameNl : nameEn.Trim();
    }
}

/// <summary>A neighbourhood the programme works in: one or more wijken or buurten of one gemeente.</summary>
public sealed class FocusArea
{
    private readonly List<FocusAreaMember> _memberRows = [];

    internal FocusArea(string code, string name, AreaCode municipality, IEnumerable<AreaCode> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        Name = string.Empty;
        Edit(name, members);
        MunicipalityCode = municipality;
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

    /// <summary>The member wijken and buurten, distinct and sorted.</summary>
    public IReadOnlyList<AreaCode> Members => [.. _memberRows.Select(m => m.AreaCode).Order()];

    /// <summary>The stored member rows (one per area, table focus_area_members); <see cref="Members"/> is what code reads.</summary>
    public IReadOnlyCollection<FocusAreaMember> MemberRows => _memberRows;

    internal void Edit(string name, IEnumerable<AreaCode> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        var wanted = members.Distinct().ToList();
        MunicipalityCode = wanted.Count > 0 && wanted[0].Municipality is { } municipality ? municipality : MunicipalityCode;
        _memberRows.RemoveAll(m => !wanted.Contains(m.AreaCode));
        _memberRows.AddRange(wanted.Where(w => _memberRows.All(m => m.AreaCode != w)).Order().Select(w => new FocusAreaMember(w)));
    }
}

/// <summary>One wijk or buurt of a focus area; a row of its own so "which focus areas contain X" is one indexed query.</summary>
public sealed class FocusAreaMember
{
    internal FocusAreaMember(AreaCode areaCode) => AreaCode = areaCode;

    private FocusAreaMember()
    {
    }

    public AreaCode AreaCode { get; private set; }
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

    public int Order { get; internal set; }
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

    /// <summary>The display position within its pillar, from 0.</summary>
    public int Order { get; private set; }

    internal void Place(int pillarNumber, int order)
    {
        PillarNumber = pillarNumber;
        Order = order;
    }
}
