using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Programmes;

namespace Wijkpeil.App.Tests.Api;

/// <summary>/api/v1/programmes on either provider: what GET answers PUT takes back; refusals are problem+json at the field.</summary>
public sealed class ProgrammeApiTests
{
    private const string Password = "lange zin als wachtwoord";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostGetPut_AsProgrammeManager_CreatesReadsBackAndReplacesTheWholeDefinition(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var manager = await ClientAsync(app, WijkpeilRoles.ProgrammeManager);

        var created = await manager.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), Json(ProgrammeTestData.Utrecht()), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/programmes/wijkaanpak-utrecht", created.Headers.Location?.OriginalString);

        var read = await ApiAssert.OkJsonAsync(await manager.GetAsync(new Uri("/api/v1/programmes/wijkaanpak-utrecht", UriKind.Relative), Ct));
        Assert.Equal("Wijkaanpak Utrecht", read.GetProperty("name").GetString());
        Assert.Equal(["PV26", "NL00"], read.GetProperty("referenceAreas").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Roker", "ErvarenGezondheidGoedZeerGoed"], read.GetProperty("kernset").EnumerateArray().Select(e => e.GetProperty("indicator").GetString()));

        // The body GET gave, changed in one place, goes back through PUT unchanged otherwise.
        var changed = JsonSerializer.Deserialize<ProgrammeDefinition>(read.GetRawText(), JsonSerializerOptions.Web)! with { Name = "Wijkaanpak Utrecht 2030" };
        var replaced = await ApiAssert.OkJsonAsync(await manager.PutAsync(new Uri("/api/v1/programmes/wijkaanpak-utrecht", UriKind.Relative), Json(changed), Ct));
        Assert.Equal("Wijkaanpak Utrecht 2030", replaced.GetProperty("name").GetString());
        Assert.Equal(read.GetProperty("focusAreas").GetRawText(), replaced.GetProperty("focusAreas").GetRawText());
        Assert.Equal(read.GetProperty("waves").GetRawText(), replaced.GetProperty("waves").GetRawText());

        var list = await ApiAssert.OkJsonAsync(await manager.GetAsync(new Uri("/api/v1/programmes", UriKind.Relative), Ct));
        Assert.Contains("wijkaanpak-utrecht", list.EnumerateArray().Select(p => p.GetProperty("slug").GetString()));

        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal([AuditAction.Created, AuditAction.Updated], await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Programme).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct));
        var tags = await db.CacheInvalidations.Select(c => c.Tag).ToListAsync(Ct);
        Assert.Contains(CacheTags.Programmes, tags);
        Assert.Contains(CacheTags.Programme("wijkaanpak-utrecht"), tags);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_UnknownMember_400WithTheFieldPathInTheRequestsLanguageAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var manager = await ClientAsync(app, WijkpeilRoles.ProgrammeManager);
        var broken = ProgrammeTestData.Utrecht() with { FocusAreas = [new("overvecht", "Overvecht", ["WK034403"]), new("nergens", "Nergens", ["WK034499"])] };

        using var dutch = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/programmes", UriKind.Relative)) { Content = Json(broken) };
        dutch.Headers.AcceptLanguage.ParseAdd("nl-NL");
        var nl = await ApiAssert.ProblemAsync(await manager.SendAsync(dutch, Ct), HttpStatusCode.BadRequest);
        using var english = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/programmes", UriKind.Relative)) { Content = Json(broken) };
        english.Headers.AcceptLanguage.ParseAdd("en-GB");
        var en = await ApiAssert.ProblemAsync(await manager.SendAsync(english, Ct), HttpStatusCode.BadRequest);

        Assert.Equal("programme.area.unknown", nl.GetProperty("code").GetString());
        Assert.Equal("Gebied WK034499 staat niet in het gebiedenregister.", nl.GetProperty("errors").GetProperty("focusAreas[1].members[0]")[0].GetString());
        Assert.Equal("Area WK034499 is not in the area register.", en.GetProperty("errors").GetProperty("focusAreas[1].members[0]")[0].GetString());
        var notJson = await ApiAssert.ProblemAsync(
            await manager.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), new StringContent("""{"slug":"x","colour":"blauw"}""", Encoding.UTF8, "application/json"), Ct),
            HttpStatusCode.BadRequest);
        Assert.True(notJson.GetProperty("errors").TryGetProperty("colour", out _));
        await using var scope = app.Database.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Programmes.AnyAsync(Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Writes_OtherRolesAnonymousAndUnknownSlug_403401And404(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var manager = await ClientAsync(app, WijkpeilRoles.ProgrammeManager);
        using var viewer = await ClientAsync(app, WijkpeilRoles.Viewer);
        using var anonymous = app.CreateClient();

        var forbidden = await ApiAssert.ProblemAsync(await viewer.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), Json(ProgrammeTestData.Utrecht()), Ct), HttpStatusCode.Forbidden);
        Assert.Equal("programme.forbidden", forbidden.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), Json(ProgrammeTestData.Utrecht()), Ct)).StatusCode);
        var missing = await ApiAssert.ProblemAsync(await manager.PutAsync(new Uri("/api/v1/programmes/bestaat-niet", UriKind.Relative), Json(ProgrammeTestData.Utrecht()), Ct), HttpStatusCode.NotFound);
        Assert.Equal("programme.not_found", missing.GetProperty("code").GetString());
        await ApiAssert.ProblemAsync(await anonymous.GetAsync(new Uri("/api/v1/programmes/bestaat-niet", UriKind.Relative), Ct), HttpStatusCode.NotFound);
        await using var scope = app.Database.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Programmes.AnyAsync(Ct));
    }

    private static Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider) =>
        WijkpeilAppFactory.StartAsync(provider, ProgrammeTestData.SeedCatalogueAndRegisterAsync);

    /// <summary>A client with a personal access token of a new account of the role.</summary>
    private static async Task<HttpClient> ClientAsync(WijkpeilAppFactory app, string role)
    {
        var email = role.ToLowerInvariant() + "@test.nl";
        string token;
        await using (var scope = app.Database.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            Assert.True((await users.AddAsync(new NewAccount(email, role, [], Password), Ct)).Succeeded);
            token = (await users.CreateTokenAsync(email, "api-tests", expiresAt: null, Ct)).Value.Token;
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body, body.GetType(), JsonSerializerOptions.Web), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
