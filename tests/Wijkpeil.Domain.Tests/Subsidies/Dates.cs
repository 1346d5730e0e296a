using System.Globalization;

namespace Wijkpeil.Domain.Tests.Subsidies;

/// <summary>Dates written as people read them in a test ("2026-05-14").</summary>
internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
