using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Agenda;

/// <summary>
/// Money for a project from one funder in one year, in euros: budgeted, committed (contracted or
/// granted) and spent.
/// </summary>
/// <remarks>
/// Committed or spent above budget, and spent above committed, are allowed: real programmes overspend
/// and the agenda must show that rather than refuse to record it. <see cref="IsOverBudget"/> and
/// <see cref="IsSpentBeyondCommitted"/> flag it for the pages. Negative amounts are refused: a refund
/// lowers the amount spent.
/// </remarks>
public sealed class FundingLine
{
    public const int FunderNameMaxLength = 200;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private FundingLine()
    {
    }

    public int Id { get; private set; }

    public Funder Funder { get; private set; }

    /// <summary>Required for <see cref="Funder.Other"/>; for the others it may name the body, e.g. "Gemeente Zeist".</summary>
    public string? FunderName { get; private set; }

    public int Year { get; private set; }

    public decimal Budget { get; private set; }

    public decimal Committed { get; private set; }

    public decimal Spent { get; private set; }

    /// <summary>More committed or spent than budgeted.</summary>
    public bool IsOverBudget => Committed > Budget || Spent > Budget;

    /// <summary>More spent than committed: money went out without a commitment on record.</summary>
    public bool IsSpentBeyondCommitted => Spent > Committed;

    /// <summary>Replaces all amounts and the funder; nothing changes when any value is refused.</summary>
    public Result<FundingLine> Change(Funder funder, string? funderName, int year, decimal budget, decimal committed, decimal spent)
    {
        var checkedLine = Create(funder, funderName, year, budget, committed, spent);
        if (!checkedLine.IsSuccess)
        {
            return checkedLine;
        }

        Funder = checkedLine.Value.Funder;
        FunderName = checkedLine.Value.FunderName;
        Year = year;
        Budget = budget;
        Committed = committed;
        Spent = spent;
        return this;
    }

    internal static Result<FundingLine> Create(Funder funder, string? funderName, int year, decimal budget, decimal committed, decimal spent)
    {
        if (!Enum.IsDefined(funder))
        {
            return Result<FundingLine>.Failure("funding.funder.invalid", "Kies een financier: Rijk, provincie, gemeente of anders.", "funder");
        }

        var name = TextRules.Optional(funderName, FunderNameMaxLength, "funding.funder_name", "de naam van de financier", "funderName");
        if (!name.IsSuccess)
        {
            return name.Error!;
        }

        if (funder == Funder.Other && name.Value is null)
        {
            return Result<FundingLine>.Failure("funding.funder_name.required", "Vul de naam van de financier in bij 'anders'.", "funderName");
        }

        if (year is < MinYear or > MaxYear)
        {
            return Result<FundingLine>.Failure(
                "funding.year.out_of_range",
                string.Create(CultureInfo.InvariantCulture, $"{year} is geen geldig jaar (verwacht {MinYear} tot en met {MaxYear})."),
                "year",
                year,
                MinYear,
                MaxYear);
        }

        foreach (var (amount, label, code) in new[] { (budget, "begroot", "budget"), (committed, "verplicht", "committed"), (spent, "uitgegeven", "spent") })
        {
            if (amount < 0)
            {
                return Result<FundingLine>.Failure(
                    $"funding.{code}.negative",
                    string.Create(CultureInfo.InvariantCulture, $"Het bedrag {label} kan niet negatief zijn ({amount} euro)."),
                    code,
                    amount);
            }
        }

        return new FundingLine
        {
            Funder = funder,
            FunderName = name.Value,
            Year = year,
            Budget = budget,
            Committed = committed,
            Spent = spent,
        };
    }
}
