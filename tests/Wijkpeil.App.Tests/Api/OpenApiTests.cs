using System.Text.Json;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Api;

public sealed class OpenApiTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Document_DescribesTheFourEndpointsWithResponseSchemas(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        var document = await ApiAssert.OkJsonAsync(await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["/api/v1/areas/{code}", "/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/indicators/{code}/retire", "/api/v1/observations", "/api/v1/programmes", "/api/v1/programmes/{slug}", "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/stories", "/api/v1/stories/{id}", "/health", "/programmas/{slug}/gebieden/{focusArea}.csv", "/programmas/{slug}/gebieden/{focusArea}.json", "/subsidies/register.csv", "/subsidies/register.json", "/wijken/{code}/monitor.csv", "/wijken/{code}/monitor.json"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("#/components/schemas/HealthResponse", JsonSchemaRef(paths, "/health", "200", "application/json"));
        Assert.Equal("#/components/schemas/AreaMonitorExport", JsonSchemaRef(paths, "/wijken/{code}/monitor.json", "200", "application/json"));
        Assert.Equal("#/components/schemas/ProblemDetails", JsonSchemaRef(paths, "/health", "503", "application/problem+json"));
        Assert.Equal("#/components/schemas/AreaDetails", JsonSchemaRef(paths, "/api/v1/areas/{code}", "200", "application/json"));
        Assert.Equal("#/components/schemas/ProblemDetails", JsonSchemaRef(paths, "/api/v1/areas/{code}", "400", "application/problem+json"));
        Assert.Equal("#/components/schemas/ProblemDetails", JsonSchemaRef(paths, "/api/v1/areas/{code}", "404", "application/problem+json"));
        Assert.Equal("#/components/schemas/IndicatorSummary", JsonSchemaRef(paths, "/api/v1/indicators", "200", "application/json"));
        Assert.Equal("#/components/schemas/IndicatorDefinition", JsonSchemaRef(paths, "/api/v1/indicators/{code}", "200", "application/json"));
        Assert.Equal("#/components/schemas/ObservationRecord", JsonSchemaRef(paths, "/api/v1/observations", "200", "application/json"));
        Assert.Equal("#/components/schemas/ProgrammeDefinition", JsonSchemaRef(paths, "/api/v1/programmes/{slug}", "200", "application/json"));
        Assert.Equal("#/components/schemas/ProblemDetails", JsonSchemaRef(paths, "/api/v1/observations", "400", "application/problem+json"));
        var observationsOk = Response(paths, "/api/v1/observations", "200").GetProperty("content");
        Assert.True(observationsOk.TryGetProperty("text/csv", out _));
        Assert.True(observationsOk.TryGetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out _));

        Assert.Equal("#/components/schemas/StoryResponse", JsonSchemaRef(paths, "/api/v1/stories", "200", "application/json"));
        var create = paths.GetProperty("/api/v1/stories").GetProperty("post");
        Assert.Equal("#/components/schemas/StoryRequest", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/StoryResponse", create.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal(["400", "401", "403"], create.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(n => n != "201").Order(StringComparer.Ordinal));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.Contains("consentRecordedOn", schemas.GetProperty("StoryRequest").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.True(schemas.TryGetProperty("QuoteRequest", out _));

        var parameters = paths.GetProperty("/api/v1/observations").GetProperty("get").GetProperty("parameters");
        Assert.Equal(["area", "indicator", "period", "breakdown", "format", "programme"], parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var level = document.GetProperty("components").GetProperty("schemas").GetProperty("AreaLevel").GetProperty("enum");
        Assert.Equal(["country", "province", "municipality", "district", "neighbourhood"], level.EnumerateArray().Select(l => l.GetString()));
    }

    private static JsonElement Response(JsonElement paths, string path, string status) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty(status);

    // The schema's $ref, or for an array the $ref of its items.
    private static string? JsonSchemaRef(JsonElement paths, string path, string status, string mediaType)
    {
        var schema = Response(paths, path, status).GetProperty("content").GetProperty(mediaType).GetProperty("schema");
        return schema.TryGetProperty("$ref", out var reference)
            ? reference.GetString()
            : schema.GetProperty("items").GetProperty("$ref").GetString();
    }
}
