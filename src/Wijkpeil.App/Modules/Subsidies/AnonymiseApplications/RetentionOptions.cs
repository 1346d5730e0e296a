using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;

/// <summary>
/// How long an applicant's personal data is kept: <c>Subsidies:RetentionYears</c> (default 7) after the application's
/// money is settled, or after a refusal became final. Seven years is the fiscal retention duty (Algemene wet inzake
/// rijksbelastingen art. 52 lid 4) that a gemeente's subsidy administration falls under; a gemeente whose selectielijst
/// asks otherwise sets it.
/// </summary>
public sealed record RetentionOptions(int Years)
{
    public const string YearsKey = "Subsidies:RetentionYears";
    public const int DefaultYears = 7;

    /// <summary>A draft never filed is nobody's subsidy: its data goes a year after its last change.</summary>
    public const int DraftYears = 1;

    /// <summary>The options <paramref name="configuration"/> sets; refused at start-up unless 1 to 100 years.</summary>
    public static RetentionOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[YearsKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RetentionOptions(DefaultYears);
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= 100
            ? new RetentionOptions(years)
            : throw new InvalidOperationException($"{YearsKey} '{text}' is not a number of years from 1 to 100.");
    }
}
