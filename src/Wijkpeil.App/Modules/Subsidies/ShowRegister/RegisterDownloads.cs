using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Agenda.Contracts;

namespace Wijkpeil.App.Modules.Subsidies.ShowRegister;

/// <summary>
/// The register as data: <c>/subsidies/register.json</c> and <c>/subsidies/register.csv</c>, one record per granted
/// application of every published scheme, with 360Giving-style fields (identifier, amounts applied for, awarded and
/// disbursed, beneficiary location as CBS code, funding organisation, grant programme). No personal data: a private
/// person is "particulier". The CSV is "voor Excel" like the other downloads (<see cref="ExcelCsv"/>). Cached like the
/// page, evicted by <see cref="IAgendaSubsidies.CacheTag"/>.
/// </summary>
internal static class RegisterDownloads
{
    public const string JsonPath = "/subsidies/register.json";
    public const string CsvPath = "/subsidies/register.csv";

    /// <summary>What a private person is called in the register and the downloads.</summary>
    public const string PrivatePerson = "particulier";

    public const string CsvHeader =
        "identifier;title;description;currency;amountAppliedFor;amountAwarded;amountSettled;amountDisbursed;awardDate;recipientOrganisation;" +
        "beneficiaryLocationCode;beneficiaryLocationName;fundingOrganisationCode;fundingOrganisationName;grantProgrammeTitle;grantProgrammeCode;plafond;voorbeeldgegevens;bron";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IEndpointRouteBuilder MapRegisterDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(JsonPath, JsonAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithName("SubsidyRegisterJson").WithTags("Subsidies").WithSummary("Granted subsidies of every published scheme, 360Giving-style, without personal data.");
        endpoints.MapGet(CsvPath, CsvAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithName("SubsidyRegisterCsv").WithTags("Subsidies").WithSummary("Granted subsidies of every published scheme as CSV (semicolons, decimal comma).");
        return endpoints;
    }

    /// <summary>The source every figure names.</summary>
    public static string Source(DateOnly asOf) => string.Create(CultureInfo.InvariantCulture, $"Wijkpeil subsidieregister, stand {asOf:yyyy-MM-dd}");

    internal static async Task<Ok<RegisterFile>> JsonAsync(RegisterQuery query, PageCacheTags shown, CancellationToken ct)
    {
        shown.Add(IAgendaSubsidies.CacheTag);
        var register = await query.GetAsync(null, ct);
        return TypedResults.Ok(new RegisterFile(Source(register.AsOf), register.AsOf, Records(register)));
    }

    internal static async Task<PushStreamHttpResult> CsvAsync(RegisterQuery query, PageCacheTags shown, CancellationToken ct)
    {
        shown.Add(IAgendaSubsidies.CacheTag);
        var register = await query.GetAsync(null, ct);
        var source = Source(register.AsOf);
        var lines = Records(register).Select(r => new[]
        {
            Text(r.Identifier), Text(r.Title), Text(r.Description), Text(r.Currency), Amount(r.AmountAppliedFor), Amount(r.AmountAwarded),
            r.AmountSettled is { } settled ? Amount(settled) : string.Empty, Amount(r.AmountDisbursed),
            r.AwardDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, Text(r.RecipientOrganisation.Name),
            Text(r.BeneficiaryLocation?.Code), Text(r.BeneficiaryLocation?.Name), Text(r.FundingOrganisation.Code), Text(r.FundingOrganisation.Name),
            Text(r.GrantProgramme.Title), Text(r.GrantProgramme.Code), r.Plafond is { } plafond ? Amount(plafond) : string.Empty, ExcelCsv.YesNo(r.ExampleData), Text(source),
        });
        var stamp = register.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.Stream(stream => ExcelCsv.WriteAsync(stream, CsvHeader, lines, ct), ExcelCsv.ContentType, $"wijkpeil-subsidieregister-{stamp}.csv");
    }

    /// <summary>One record per grant, in the order of the register.</summary>
    internal static List<GrantRecord> Records(PublicRegister register) =>
    [
        .. register.Schemes.SelectMany(s => s.Grants.Select(g => new GrantRecord(
            g.Reference,
            g.Title,
            g.Summary,
            "EUR",
            g.Requested.Euros,
            g.Awarded.Euros,
            g.Settled?.Euros,
            g.Disbursed.Euros,
            g.AwardDate,
            new NamedThing(null, g.OrganisationName ?? PrivatePerson),
            g.AreaCode is { } code ? new NamedThing(code, g.AreaName ?? code) : null,
            new NamedThing(s.GemeenteCode, s.GemeenteName),
            new GrantProgramme(s.Slug, s.Name),
            s.IsRunElsewhere ? null : s.Plafond.Euros,
            g.IsExampleData || s.IsExampleData))),
    ];

    /// <summary>An amount in euros with a decimal comma and two decimals, as Dutch Excel reads it; never a double.</summary>
    private static string Amount(decimal euros) => euros.ToString("0.00", Dutch);

    private static string Text(string? value) => ExcelCsv.Text(value);
}

/// <summary>The JSON download: the source and its date, then the grants.</summary>
public sealed record RegisterFile(string Source, DateOnly AsOf, IReadOnlyList<GrantRecord> Grants);

/// <summary>A grant with 360Giving-style fields; amounts in euros (decimal).</summary>
public sealed record GrantRecord(
    string Identifier,
    string Title,
    string Description,
    string Currency,
    decimal AmountAppliedFor,
    decimal AmountAwarded,
    decimal? AmountSettled,
    decimal AmountDisbursed,
    DateOnly? AwardDate,
    NamedThing RecipientOrganisation,
    NamedThing? BeneficiaryLocation,
    NamedThing FundingOrganisation,
    GrantProgramme GrantProgramme,
    decimal? Plafond,
    bool ExampleData);

/// <summary>A code (CBS, GMnnnn) and a name; the code is empty for a recipient (a KvK number is not published).</summary>
public sealed record NamedThing(string? Code, string Name);

/// <summary>The scheme the grant was made under.</summary>
public sealed record GrantProgramme(string Code, string Title);
