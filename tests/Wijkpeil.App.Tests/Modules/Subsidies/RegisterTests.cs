using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.RegisterTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The public register (issue 13, point 8): published schemes with their grants on /subsidies, a scheme's page, the
/// CSV and JSON downloads, and the agenda's scheme block (point 6) — on the real Vitale Wijken seed, grants through
/// the officer's decision handler, and never a person's data.
/// </summary>
public sealed class RegisterTests
{
    private static readonly string[] PublicAddresses = ["/subsidies", "/subsidies/initiatievenfonds", "/subsidies/register.csv", "/subsidies/register.json"];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GrantedApplications_InRegisterAndDownloads_WithoutAnyPersonalData(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);
        var scheme = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", [project]);
        var person = await FileWithPersonalDataAsync(database, scheme, 1_500m, "Geveltuinen in de Pijlstraat");
        var club = await FileWithPersonalDataAsync(database, scheme, 2_000m, "Buurtfeest op het plein", organisation: true);
        var personReference = await GrantAsync(database, person);
        var clubReference = await GrantAsync(database, club);
        await using var app = new WijkpeilAppFactory(database);
        var client = Client(app);

        foreach (var address in PublicAddresses.Append($"/agenda/{project}"))
        {
            var response = await client.GetAsync(address, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains(personReference, body, StringComparison.Ordinal);
            Assert.Contains(clubReference, body, StringComparison.Ordinal);
            Assert.Contains("particulier", body, StringComparison.Ordinal);
            Assert.Contains(Organisation, body, StringComparison.Ordinal);
            Assert.Contains("Geveltuinen in de Pijlstraat", body, StringComparison.Ordinal);
            foreach (var personal in PersonalData)
            {
                Assert.DoesNotContain(personal, body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_EveryReadWithoutParametersAndTheFundedProject_CarriesNoPersonalData(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);
        var scheme = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", [project]);
        await GrantAsync(database, await FileWithPersonalDataAsync(database, scheme, 1_500m, "Geveltuinen in de Pijlstraat"));
        await GrantAsync(database, await FileWithPersonalDataAsync(database, scheme, 2_000m, "Buurtfeest op het plein", organisation: true));
        await using var app = new WijkpeilAppFactory(database);
        var client = Client(app);

        // Every GET the API describes that needs no parameter, and the project the scheme funds: none may name an applicant.
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));
        var reads = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal) && !p.Name.Contains('{', StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .Select(p => p.Name)
            .Append($"/api/v1/projects/{project}")
            .ToList();
        Assert.Contains("/api/v1/projects", reads);
        foreach (var address in reads)
        {
            var response = await client.GetAsync(address, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
            foreach (var personal in PersonalData)
            {
                Assert.False(body.Contains(personal, StringComparison.OrdinalIgnoreCase), $"{address} names '{personal}'");
            }
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Json_360GivingFields_ExactAmounts_AndTheSource(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var scheme = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", []);
        var application = await FileWithPersonalDataAsync(database, scheme, 1_234.56m, "Geveltuinen in de Pijlstraat");
        var reference = await GrantAsync(database, application);
        var advance = await PayAdvanceAsync(database, application);
        await using var app = new WijkpeilAppFactory(database);

        using var json = JsonDocument.Parse(await Client(app).GetStringAsync("/subsidies/register.json", Ct));

        var root = json.RootElement;
        Assert.Equal("Wijkpeil subsidieregister, stand 2026-11-03", root.GetProperty("source").GetString());
        var grant = Assert.Single(root.GetProperty("grants").EnumerateArray());
        Assert.Equal(reference, grant.GetProperty("identifier").GetString());
        Assert.Equal("EUR", grant.GetProperty("currency").GetString());
        Assert.Equal(1_234.56m, grant.GetProperty("amountAppliedFor").GetDecimal());
        Assert.Equal(1_234.56m, grant.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal(advance.Euros, grant.GetProperty("amountDisbursed").GetDecimal());
        Assert.Equal(JsonValueKind.Null, grant.GetProperty("amountSettled").ValueKind);
        Assert.Equal("2026-11-03", grant.GetProperty("awardDate").GetString());
        Assert.Equal("particulier", grant.GetProperty("recipientOrganisation").GetProperty("name").GetString());
        Assert.Equal(Soesterkwartier, grant.GetProperty("beneficiaryLocation").GetProperty("code").GetString());
        Assert.Equal(Amersfoort, grant.GetProperty("fundingOrganisation").GetProperty("code").GetString());
        Assert.Equal("initiatievenfonds", grant.GetProperty("grantProgramme").GetProperty("code").GetString());
        Assert.Equal(10_000m, grant.GetProperty("plafond").GetDecimal());
        Assert.False(grant.GetProperty("exampleData").GetBoolean());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Csv_ForExcel_OneLinePerGrant_WithDecimalCommaAmounts(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var scheme = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", []);
        var reference = await GrantAsync(database, await FileWithPersonalDataAsync(database, scheme, 1_234.56m, "Geveltuinen in de Pijlstraat", organisation: true));
        await using var app = new WijkpeilAppFactory(database);

        var response = await Client(app).GetAsync("/subsidies/register.csv", Ct);

        Assert.Equal(ExcelCsv.ContentType, response.Content.Headers.ContentType?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(ExcelCsv.Encoding.GetPreamble(), bytes[..3]);
        var lines = ExcelCsv.Encoding.GetString(bytes[3..]).Split(ExcelCsv.LineEnd, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("identifier;title;description;currency;amountAppliedFor;amountAwarded", lines[0], StringComparison.Ordinal);
        var line = Assert.Single(lines[1..]);
        Assert.StartsWith($"{reference};Geveltuinen in de Pijlstraat;", line, StringComparison.Ordinal);
        Assert.Contains(";EUR;1234,56;1234,56;;0,00;2026-11-03;Buurtvereniging De Zonnehof;WK030703;", line, StringComparison.Ordinal);
        Assert.EndsWith(";10000,00;nee;Wijkpeil subsidieregister, stand 2026-11-03", line, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DraftScheme_IsNotFound_AndInNoList(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", []);
        await SchemeAsync(database, "concept", "Geheime conceptregeling", [], publish: false);
        await using var app = new WijkpeilAppFactory(database);
        var client = Client(app);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/subsidies/concept", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/subsidies/bestaat-niet", Ct)).StatusCode);
        foreach (var address in PublicAddresses)
        {
            Assert.DoesNotContain("Geheime conceptregeling", await client.GetStringAsync(address, Ct), StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApplyButton_OnlyWhileTheSchemeIsOpen(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", []);
        await SchemeAsync(database, "later", "Regeling voor volgend jaar", [], opensOn: new DateOnly(2027, 1, 4), closesOn: new DateOnly(2027, 6, 30));
        await using var app = new WijkpeilAppFactory(database);
        var client = Client(app);

        var open = await client.GetStringAsync("/subsidies/initiatievenfonds", Ct);
        var announced = await client.GetStringAsync("/subsidies/later", Ct);
        var register = await client.GetStringAsync("/subsidies", Ct);

        Assert.Contains("href=\"/subsidies/initiatievenfonds/aanvragen\"", open, StringComparison.Ordinal);
        Assert.Contains("opengesteld", open, StringComparison.Ordinal);
        Assert.DoesNotContain("/aanvragen", announced, StringComparison.Ordinal);
        Assert.Contains("aangekondigd", announced, StringComparison.Ordinal);
        Assert.Contains("Regeling voor volgend jaar", register, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AgendaProject_CommittedIsGranted_SpentIsPaid_NothingTypedTwice(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);
        var scheme = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", [project]);
        var first = await FileWithPersonalDataAsync(database, scheme, 1_500m, "Geveltuinen in de Pijlstraat");
        var second = await FileWithPersonalDataAsync(database, scheme, 2_000m, "Buurtfeest op het plein", organisation: true);
        await GrantAsync(database, first);
        await GrantAsync(database, second);
        var paid = await PayAdvanceAsync(database, first);

        await using var scope = database.CreateScope();
        var linked = Assert.Single(await scope.ServiceProvider.GetRequiredService<IAgendaSubsidies>().ForProjectsAsync([project], Ct));

        Assert.Equal(Money.FromEuros(3_500m).Value, linked.Committed);
        Assert.Equal(paid, linked.Spent);
        Assert.Equal(Money.FromEuros(10_000m).Value, linked.Plafond);
        Assert.Equal(["Geveltuinen in de Pijlstraat", "Buurtfeest op het plein"], linked.Grants.Select(g => g.Title));
        Assert.Equal([null, Organisation], linked.Grants.Select(g => g.Recipient));

        // Read at page time: the project's own funding lines are untouched.
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Empty((await db.Set<Project>().Include(p => p.FundingLines).SingleAsync(p => p.Id == project, Ct)).FundingLines);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IAgendaSubsidies>().ForProjectsAsync([project + 1_000], Ct));
    }
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterAReclaim_RegisterAndAgenda_ShowTheSettledAmountAndWhatWasPaidNet(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);
        var scheme = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", [project]);
        var application = await FileWithPersonalDataAsync(database, scheme, 2_000m, "Geveltuinen in de Pijlstraat");
        var reference = await GrantAsync(database, application);
        var advance = await PayAdvanceAsync(database, application);

        // Half the gardens were planted: settled at 500 below the advance, which the recipient pays back (Awb 4:57).
        var settled = advance - Money.FromCents(500_00);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var tracked = await db.Set<SubsidyApplication>().Include(a => a.Payments).SingleAsync(a => a.Id == application, Ct);
            Assert.True(tracked.Settle(settled, SettlementReason.ActivitiesNotCarriedOut, "De helft van de tuinen is aangelegd.", Now).IsSuccess);
            Assert.True(tracked.RecordBalance(SubsidyTime.DayOf(Now), "officer@example.nl").IsSuccess);
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new WijkpeilAppFactory(database);
        using var json = JsonDocument.Parse(await Client(app).GetStringAsync("/subsidies/register.json", Ct));
        var grant = Assert.Single(json.RootElement.GetProperty("grants").EnumerateArray());
        Assert.Equal(reference, grant.GetProperty("identifier").GetString());
        Assert.Equal(2_000m, grant.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal(settled.Euros, grant.GetProperty("amountSettled").GetDecimal());
        Assert.Equal(settled.Euros, grant.GetProperty("amountDisbursed").GetDecimal());

        await using var read = database.CreateScope();
        var linked = Assert.Single(await read.ServiceProvider.GetRequiredService<IAgendaSubsidies>().ForProjectsAsync([project], Ct));
        Assert.Equal(Money.FromEuros(2_000m).Value, linked.Committed);
        Assert.Equal(settled, linked.Spent);
    }
}
