using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>One line of an application's budget: what the money is for and how much.</summary>
public sealed class BudgetLine
{
    public const int DescriptionMaxLength = 300;

    private BudgetLine()
    {
        Description = string.Empty;
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public string Description { get; private set; }

    public long AmountCents { get; private set; }

    public Money Amount => Money.FromCents(AmountCents);

    public static Result<BudgetLine> Create(int position, string? description, Money amount, string field)
    {
        var text = TextRules.Required(description, DescriptionMaxLength, "subsidy.budget.description", "de omschrijving van de begrotingsregel", field + ".description");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        return amount.Cents <= 0
            ? Result<BudgetLine>.Failure("subsidy.budget.amount", "Een begrotingsregel heeft een bedrag groter dan 0 euro.", field + ".amount", amount.Euros)
            : new BudgetLine { Position = position, Description = text.Value, AmountCents = amount.Cents };
    }
}
