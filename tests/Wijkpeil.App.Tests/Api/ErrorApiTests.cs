using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Api;

public sealed class ErrorApiTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownRoute_Returns404Problem(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        var problem = await ApiAssert.ProblemAsync(await client.GetAsync("/api/v1/bestaat-niet", TestContext.Current.CancellationToken), HttpStatusCode.NotFound);

        Assert.Equal("Niet gevonden", problem.GetProperty("title").GetString());
        Assert.Contains("/api/v1/bestaat-niet", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/v1/bestaat-niet", problem.GetProperty("instance").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownRoute_AcceptLanguageEnglish_ProblemInEnglish(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/bestaat-niet");
        request.Headers.AcceptLanguage.ParseAdd("en-GB");

        var problem = await ApiAssert.ProblemAsync(await client.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.NotFound);

        Assert.Equal("Not found", problem.GetProperty("title").GetString());
        Assert.Equal("There is nothing at /api/v1/bestaat-niet. The API lives under /api/v1; its description is at /openapi/v1.json.", problem.GetProperty("detail").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WrongMethod_Returns405Problem(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        using var content = new StringContent("{}");
        var response = await client.PostAsync("/api/v1/observations", content, TestContext.Current.CancellationToken);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Methode niet toegestaan", problem.GetProperty("title").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DatabaseFailure_Returns500ProblemWithoutInternals(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();
        await app.TakeDatabaseAwayAsync();

        var response = await client.GetAsync("/api/v1/indicators", TestContext.Current.CancellationToken);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal("Interne fout", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        var body = problem.GetRawText();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("wijkpeil_t_", body, StringComparison.Ordinal);
    }
}
