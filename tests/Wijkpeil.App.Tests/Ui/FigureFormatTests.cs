using System.Globalization;
using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Tests.Ui;

public sealed class FigureFormatTests
{
    [Theory]
    [InlineData("nl-NL", 120_000, "€\u00A0120.000")]
    [InlineData("nl-NL", 7_500.5, "€\u00A07.500,50")]
    [InlineData("en-GB", 120_000, "€120,000")]
    public void Euro_InReadersCulture_KeepsSignAndNumberOnOneLine(string culture, double amount, string expected)
    {
        using var _ = new CultureScope(culture);

        var text = FigureFormat.Euro((decimal)amount);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("nl-NL", "€\u00A0317.500")]
    [InlineData("en-GB", "€317,500")]
    public void Value_ThousandsOfEuros_IsWholeEurosWithTheEuroSign(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        var text = FigureFormat.Value(317.5, "x 1.000 euro");

        Assert.Equal(expected, text);
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
