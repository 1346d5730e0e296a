using Wijkpeil.App.Modules.Measurements.Import.Parsers;

namespace Wijkpeil.App.Tests.Import.Parsers;

public sealed class ValueParsingTests
{
    [Theory]
    [InlineData("    75.2", "Number", 75.2)]
    [InlineData("0", "Number", 0.0)]
    [InlineData("-1.5e2", "Number", -150.0)]
    [InlineData("       .", "Missing", double.NaN)]
    [InlineData("", "Missing", double.NaN)]
    [InlineData(" \u00A0 ", "Missing", double.NaN)]
    [InlineData("12,5", "Invalid", double.NaN)]
    [InlineData("1,234.5", "Invalid", double.NaN)]
    [InlineData("NaN", "Invalid", double.NaN)]
    [InlineData("Infinity", "Invalid", double.NaN)]
    [InlineData("x", "Invalid", double.NaN)]
    [InlineData("-", "Invalid", double.NaN)]
    public void ParseDecimalPoint_AcceptsInvariantNumbersOnly(string text, string expected, double value)
    {
        var result = ValueParsing.ParseDecimalPoint(text, out var parsed);

        Assert.Equal(Enum.Parse<CellNumber>(expected), result);
        if (expected == nameof(CellNumber.Number))
        {
            Assert.Equal(value, parsed);
        }
    }

    [Theory]
    [InlineData("1,9", "Number", 1.9)]
    [InlineData("  1.9 ", "Number", 1.9)]
    [InlineData("367947", "Number", 367_947.0)]
    [InlineData("-0,5", "Number", -0.5)]
    [InlineData(".", "Missing", double.NaN)]
    [InlineData("1.234,5", "Invalid", double.NaN)]
    [InlineData("1,234,567", "Invalid", double.NaN)]
    [InlineData("1.234.567", "Invalid", double.NaN)]
    [InlineData(",", "Invalid", double.NaN)]
    [InlineData("geheim", "Invalid", double.NaN)]
    public void ParseDecimalPointOrComma_TakesOneSeparatorOfEitherKind(string text, string expected, double value)
    {
        var result = ValueParsing.ParseDecimalPointOrComma(text, out var parsed);

        Assert.Equal(Enum.Parse<CellNumber>(expected), result);
        if (expected == nameof(CellNumber.Number))
        {
            Assert.Equal(value, parsed);
        }
    }
}
