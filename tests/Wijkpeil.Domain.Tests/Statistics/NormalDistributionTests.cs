using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.Domain.Tests.Statistics;

// Reference values from Python: Cdf(z) = 0.5 x erfc(-z / sqrt 2), p = erfc(|z| / sqrt 2).
public sealed class NormalDistributionTests
{
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447461)]
    [InlineData(-1.0, 0.1586552539)]
    [InlineData(1.959964, 0.975)]
    [InlineData(-1.959964, 0.025)]
    [InlineData(2.575829, 0.995)]
    [InlineData(3.0, 0.9986501020)]
    [InlineData(-3.0, 0.0013498980)]
    public void Cdf_KnownPoint_MatchesTable(double z, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Cdf(z), Tolerance);
    }

    [Fact]
    public void Cdf_Z975_IsNinetySevenAndAHalfPercent()
    {
        Assert.Equal(0.975, NormalDistribution.Cdf(NormalDistribution.Z975), Tolerance);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.3)]
    [InlineData(2.2)]
    [InlineData(4.0)]
    public void Cdf_OppositePoints_SumToOne(double z)
    {
        Assert.Equal(1.0, NormalDistribution.Cdf(z) + NormalDistribution.Cdf(-z), 1e-12);
    }

    [Fact]
    public void Cdf_Increasing_IsMonotone()
    {
        var previous = 0.0;
        for (var z = -6.0; z <= 6.0; z += 0.25)
        {
            var current = NormalDistribution.Cdf(z);
            Assert.True(current >= previous, $"Cdf decreased at z = {z.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            previous = current;
        }
    }

    [Theory]
    [InlineData(-40.0, 0.0)]
    [InlineData(40.0, 1.0)]
    public void Cdf_FarTail_ApproachesLimit(double z, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Cdf(z), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 0.3173105079)]
    [InlineData(1.959964, 0.05)]
    [InlineData(-1.959964, 0.05)]
    [InlineData(2.575829, 0.01)]
    [InlineData(3.0, 0.0026997961)]
    public void TwoSidedPValue_KnownZ_MatchesTable(double z, double expected)
    {
        Assert.Equal(expected, NormalDistribution.TwoSidedPValue(z), Tolerance);
    }

    [Fact]
    public void TwoSidedPValue_Z_EqualsTwiceUpperTail()
    {
        // p = 2 x (1 - Cdf(|z|)); at z = 2.2: 2 x (1 - 0.986097) = 0.027807
        Assert.Equal(2 * (1 - NormalDistribution.Cdf(2.2)), NormalDistribution.TwoSidedPValue(2.2), 1e-9);
        Assert.Equal(0.027807, NormalDistribution.TwoSidedPValue(-2.2), Tolerance);
    }
}
