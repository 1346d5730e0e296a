using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Api;

public sealed class ObservationApiTests
{
    private const string Health = ApiTestData.Health;
    private const string Inhabitants = ApiTestData.Inhabitants;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_NoFilter_ReturnsEveryPublishedFigureInOrder(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var observations = await GetAsync(client, "/api/v1/observations");

        Assert.Equal(
            [
                $"GM0344|{Health}|2020|18+",
                $"GM0344|{Health}|2022|18+",
                $"WK034403|{Health}|2022|18+",
                $"GM0344|{Health}|2022|totaal",
                $"GM0344|{Inhabitants}|2022|totaal",
                $"WK034403|{Inhabitants}|2022|totaal",
            ],
            Keys(observations));
        var first = observations[0];
        Assert.Equal("Utrecht", first.GetProperty("areaName").GetString());
        Assert.Equal(75.3, first.GetProperty("value").GetDouble());
        Assert.Equal(74.1, first.GetProperty("lower").GetDouble());
        Assert.Equal(76.5, first.GetProperty("upper").GetDouble());
        Assert.Equal(4877, first.GetProperty("sampleSize").GetInt32());
        Assert.Equal("published", first.GetProperty("status").GetString());
        Assert.Equal("50090NED", first.GetProperty("source").GetString());
        Assert.True(first.GetProperty("importedAt").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
        var total = observations[3];
        Assert.Equal(JsonValueKind.Null, total.GetProperty("lower").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("sampleSize").ValueKind);
        Assert.Equal("gezondheidsmonitor.csv", first.GetProperty("sourceFile").GetString());
        Assert.Equal("observations", observations[4].GetProperty("source").GetString());
        Assert.Equal("kwb-2022, wijken.xlsx", observations[4].GetProperty("sourceFile").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_FewerRespondentsThanTheThreshold_LeavesOutValueAndIntervalAndSaysWhy(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedSmallSampleAsync);
        using var client = app.CreateClient();

        var observations = await GetAsync(client, "/api/v1/observations?area=BU03440301");
        var csv = await client.GetStringAsync(new Uri("/api/v1/observations?area=BU03440301&format=csv", UriKind.Relative), TestContext.Current.CancellationToken);

        var hidden = Assert.Single(observations);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("lower").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("upper").ValueKind);
        Assert.Equal(12, hidden.GetProperty("sampleSize").GetInt32());
        Assert.Equal("Niet getoond: gebaseerd op 12 respondenten, minder dan de ondergrens van 30.", hidden.GetProperty("suppressed").GetString());
        Assert.Equal(
            "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\r\n" +
            $"BU03440301,{Health},2022,18+,,,,12,50090NED\r\n",
            csv);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_DraftFigures_AreInvisible(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var nieuwegein = await GetAsync(client, "/api/v1/observations?area=GM0356");
        var all = await GetAsync(client, "/api/v1/observations");

        Assert.Empty(nieuwegein);
        Assert.DoesNotContain(all, o => o.GetProperty("areaCode").GetString() == "GM0356");
        Assert.All(all, o => Assert.Equal("published", o.GetProperty("status").GetString()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_RepeatedAreaParameter_ReturnsBothAreas(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var one = await GetAsync(client, "/api/v1/observations?area=WK034403");
        var both = await GetAsync(client, "/api/v1/observations?area=wk034403&area=GM0356&area=PV26");

        Assert.Equal([$"WK034403|{Health}|2022|18+", $"WK034403|{Inhabitants}|2022|totaal"], Keys(one));
        Assert.Equal(Keys(one), Keys(both));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_FilterByIndicatorPeriodAndBreakdown_CombinesThem(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var inhabitants = await GetAsync(client, $"/api/v1/observations?indicator={Inhabitants}");
        var in2020 = await GetAsync(client, "/api/v1/observations?period=2020");
        var adults = await GetAsync(client, "/api/v1/observations?breakdown=18%2B&period=2022");
        var totalByName = await GetAsync(client, $"/api/v1/observations?breakdown=totaal&indicator={Health}");
        var totalByEmpty = await GetAsync(client, $"/api/v1/observations?breakdown=&indicator={Health}");

        Assert.Equal([$"GM0344|{Inhabitants}|2022|totaal", $"WK034403|{Inhabitants}|2022|totaal"], Keys(inhabitants));
        Assert.Equal([$"GM0344|{Health}|2020|18+"], Keys(in2020));
        Assert.Equal([$"GM0344|{Health}|2022|18+", $"WK034403|{Health}|2022|18+"], Keys(adults));
        Assert.Equal([$"GM0344|{Health}|2022|totaal"], Keys(totalByName));
        Assert.Equal(Keys(totalByName), Keys(totalByEmpty));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_FormatCsv_ReturnsGenericLongFormat(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/observations?format=csv", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(
            "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\r\n" +
            $"GM0344,{Health},2020,18+,75.3,74.1,76.5,4877,50090NED\r\n" +
            $"GM0344,{Health},2022,18+,74.1,73,75.2,5210,50090NED\r\n" +
            $"WK034403,{Health},2022,18+,55.5,51.2,59.8,412,50090NED\r\n" +
            $"GM0344,{Health},2022,totaal,73.9,,,,50090NED\r\n" +
            $"GM0344,{Inhabitants},2022,totaal,367984,,,,observations\r\n" +
            $"WK034403,{Inhabitants},2022,totaal,33120,,,,observations\r\n",
            System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_FormatXlsx_ReturnsWorkbook(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/observations?format=XLSX&indicator={Inhabitants}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(3, rows.Count);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnknownFormat_Returns400Problem(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        var problem = await ApiAssert.ProblemAsync(
            await client.GetAsync("/api/v1/observations?format=xml", TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);

        Assert.Equal("observations.format.unknown", problem.GetProperty("code").GetString());
        Assert.Contains("'xml'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadFilters()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in Providers.All)
        {
            data.Add(provider, "area=XX12", "observations.filter.area.invalid", "'XX12'");
            data.Add(provider, "area=GM9999", "observations.filter.area.unknown", "'GM9999'");
            data.Add(provider, "indicator=bestaat_niet", "observations.filter.indicator.unknown", "'bestaat_niet'");
            data.Add(provider, "period=1999", "observations.filter.period.unknown", "2020, 2022");
            data.Add(provider, "breakdown=65%2B", "observations.filter.breakdown.unknown", "'65+'");
        }

        return data;
    }

    [Theory, MemberData(nameof(BadFilters))]
    public async Task Get_BadFilterValue_Returns400ProblemNamingParameterAndValue(DatabaseProvider provider, string query, string code, string inDetail)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var problem = await ApiAssert.ProblemAsync(
            await client.GetAsync("/api/v1/observations?" + query, TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);

        Assert.Equal(code, problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains(inDetail, detail, StringComparison.Ordinal);
        Assert.Contains($"({query.Split('=')[0]})", detail, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_RefusedParameters_ProblemAtTheParameterInTheAcceptLanguage(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();
        var cases = new (string Query, string Field, string Title, string Dutch, string English)[]
        {
            ("format=xml", "format", "Invalid input",
                "Formaat (format) 'xml' is onbekend: kies json, csv, xlsx.",
                "Format 'xml' is unknown: choose json, csv, xlsx."),
            ("programme=bestaat-niet", "programme", "Invalid input",
                "Programma (programme) 'bestaat-niet' bestaat niet: zie /programmas.",
                "Programme 'bestaat-niet' does not exist: see /programmas."),
            ("area=GM9999", "area", "Invalid input",
                "Gebied (area) 'GM9999' staat niet in het gebiedenregister.",
                "Area 'GM9999' is not in the area register."),
        };
        foreach (var (query, field, title, dutch, english) in cases)
        {
            foreach (var (language, expected) in new[] { ("nl-NL", dutch), ("en-GB,en;q=0.9", english) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observations?" + query);
                request.Headers.AcceptLanguage.ParseAdd(language);
                var problem = await ApiAssert.ProblemAsync(await client.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);

                Assert.Equal(expected, problem.GetProperty("detail").GetString());
                Assert.Equal(expected, problem.GetProperty("errors").GetProperty(field)[0].GetString());
                Assert.Equal(language == "nl-NL" ? "Ongeldige invoer" : title, problem.GetProperty("title").GetString());
            }
        }
    }

    private static async Task<List<JsonElement>> GetAsync(HttpClient client, string url)
    {
        var body = await ApiAssert.OkJsonAsync(await client.GetAsync(url, TestContext.Current.CancellationToken));
        return [.. body.EnumerateArray()];
    }

    private static string[] Keys(IEnumerable<JsonElement> observations) =>
    [
        .. observations.Select(o =>
            $"{o.GetProperty("areaCode").GetString()}|{o.GetProperty("indicatorCode").GetString()}|{o.GetProperty("period").GetString()}|{o.GetProperty("breakdown").GetString()}"),
    ];

    private static async Task SeedSmallSampleAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await ApiTestData.ImportAsync(database, publish: true, "gezondheidsmonitor.csv", "50090NED", ("BU03440301", Health, "2022", "18+", 41.2, 30.0, 52.4, 12));
    }
}
