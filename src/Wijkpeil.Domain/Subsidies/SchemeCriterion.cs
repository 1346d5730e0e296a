using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>An assessment criterion of a scheme with its weight in the weighted mean.</summary>
public sealed class SchemeCriterion
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2_000;
    public const int MaxWeight = 100;

    private SchemeCriterion()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The criterion's place in the list, from 1.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public int Weight { get; private set; }

    internal static Result<SchemeCriterion> Create(int position, string? name, string? description, int weight, string field)
    {
        var checkedName = TextRules.Required(name, NameMaxLength, "subsidy.criterion.name", "de naam van het criterium", field + ".name");
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        var checkedDescription = TextRules.Optional(description, DescriptionMaxLength, "subsidy.criterion.description", "de toelichting bij het criterium", field + ".description");
        if (!checkedDescription.IsSuccess)
        {
            return checkedDescription.Error!;
        }

        if (weight is < 1 or > MaxWeight)
        {
            return Result<SchemeCriterion>.Failure("subsidy.criterion.weight", $"Het gewicht van een criterium is een heel getal van 1 tot en met {MaxWeight} (gegeven {weight}).", field + ".weight", weight, MaxWeight);
        }

        return new SchemeCriterion { Position = position, Name = checkedName.Value, Description = checkedDescription.Value, Weight = weight };
    }

    internal void CopyFrom(SchemeCriterion other)
    {
        Position = other.Position;
        Name = other.Name;
        Description = other.Description;
        Weight = other.Weight;
    }
}
