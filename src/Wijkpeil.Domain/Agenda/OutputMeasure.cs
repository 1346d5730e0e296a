using System.Globalization;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Agenda;

/// <summary>
/// A performance measure of a project (Results-Based Accountability): what is counted, in which unit,
/// and per period the target and the realised value.
/// </summary>
public sealed class OutputMeasure
{
    public const int NameMaxLength = 200;
    public const int UnitLabelMaxLength = 50;

    private readonly List<OutputValue> _values = [];

    private OutputMeasure()
    {
        Name = string.Empty;
        UnitLabel = string.Empty;
    }

    public int Id { get; private set; }

    public OutputKind Kind { get; private set; }

    public string Name { get; private set; }

    public OutputUnit Unit { get; private set; }

    /// <summary>What the numbers are, e.g. "woningen"; "%" for a percentage.</summary>
    public string UnitLabel { get; private set; }

    /// <summary>Target and realised values, by period code ascending (sorted on reading, see <see cref="Project.ProgressUpdates"/>).</summary>
    public IReadOnlyList<OutputValue> Values => [.. _values.OrderBy(v => v.PeriodCode, StringComparer.Ordinal)];

    /// <summary>
    /// Records the target and/or realised value for a period, replacing what that period held. Periods
    /// are calendar years ("2024", or StatLine's "2024JJ00"), as agendas report per year.
    /// </summary>
    public Result<OutputValue> SetValue(string? periodCode, double? target, double? realised)
    {
        var period = Period.ParseCode(periodCode);
        if (!period.IsSuccess)
        {
            return period.Error! with { Field = "period" };
        }

        if (target is null && realised is null)
        {
            return Result<OutputValue>.Failure("output.value.empty", "Vul een streefwaarde, een gerealiseerde waarde of beide in.", "target");
        }

        foreach (var (value, field) in new[] { (target, "target"), (realised, "realised") })
        {
            if (value.HasValue && CheckValue(Unit, value.Value) is { } error)
            {
                return error with { Field = field };
            }
        }

        var existing = _values.Find(v => v.PeriodCode == period.Value);
        if (existing is null)
        {
            existing = new OutputValue(period.Value, target, realised);
            _values.Add(existing);
        }
        else
        {
            existing.Set(target, realised);
        }

        return existing;
    }

    public bool RemoveValue(string? periodCode)
    {
        var period = Period.ParseCode(periodCode);
        return period.IsSuccess && _values.RemoveAll(v => v.PeriodCode == period.Value) > 0;
    }

    internal static Result<OutputMeasure> Create(OutputKind kind, string? name, OutputUnit unit, string? unitLabel)
    {
        var measure = new OutputMeasure();
        return measure.Change(kind, name, unit, unitLabel);
    }

    internal Result<OutputMeasure> Change(OutputKind kind, string? name, OutputUnit unit, string? unitLabel)
    {
        if (!Enum.IsDefined(kind))
        {
            return Result<OutputMeasure>.Failure("output.kind.invalid", "Kies het soort prestatie: hoeveel, hoe goed of wie is er beter van geworden.", "kind");
        }

        if (!Enum.IsDefined(unit))
        {
            return Result<OutputMeasure>.Failure("output.unit.invalid", "Kies de eenheid: aantal, percentage of anders.", "unit");
        }

        var checkedName = TextRules.Required(name, NameMaxLength, "output.name", "de naam van de prestatie", "name");
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        string label;
        if (unit == OutputUnit.Percentage)
        {
            label = "%";
        }
        else
        {
            var checkedLabel = TextRules.Required(unitLabel, UnitLabelMaxLength, "output.unit_label", "de eenheid (bijvoorbeeld woningen)", "unitLabel");
            if (!checkedLabel.IsSuccess)
            {
                return checkedLabel.Error!;
            }

            label = checkedLabel.Value;
        }

        // A new unit must fit the values already recorded, or the measure would hold e.g. 140 %.
        foreach (var value in _values.SelectMany(v => new[] { v.Target, v.Realised }))
        {
            if (value.HasValue && CheckValue(unit, value.Value) is not null)
            {
                return Result<OutputMeasure>.Failure(
                    "output.unit.conflicts",
                    string.Create(CultureInfo.InvariantCulture, $"De eenheid past niet bij de al ingevulde waarde {value}; pas die eerst aan."),
                    "unit",
                    value);
            }
        }

        Kind = kind;
        Name = checkedName.Value;
        Unit = unit;
        UnitLabel = label;
        return this;
    }

    private static DomainError? CheckValue(OutputUnit unit, double value)
    {
        if (!double.IsFinite(value))
        {
            return new DomainError("output.value.not_finite", "Een waarde moet een eindig getal zijn.");
        }

        return unit switch
        {
            OutputUnit.Count when value < 0 => new DomainError(
                "output.value.negative",
                string.Create(CultureInfo.InvariantCulture, $"Een aantal kan niet negatief zijn ({value})."),
                null,
                value),
            OutputUnit.Count when value != Math.Floor(value) => new DomainError(
                "output.value.not_whole",
                string.Create(CultureInfo.InvariantCulture, $"Een aantal is een heel getal ({value})."),
                null,
                value),
            OutputUnit.Percentage => Percentage.Create(value).Error,
            _ => null,
        };
    }
}

/// <summary>The target and realised value of an output measure in one period; at least one is set.</summary>
public sealed class OutputValue
{
    internal OutputValue(string periodCode, double? target, double? realised)
    {
        PeriodCode = periodCode;
        Target = target;
        Realised = realised;
    }

    private OutputValue()
    {
        PeriodCode = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>A year code such as "2024", as <see cref="Period.Code"/>.</summary>
    public string PeriodCode { get; private set; }

    public double? Target { get; private set; }

    public double? Realised { get; private set; }

    internal void Set(double? target, double? realised)
    {
        Target = target;
        Realised = realised;
    }
}
