using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// An upgrade as production runs it: a database of the previous release (<see cref="PreviousRelease.LastMigration"/>)
/// with data in it, then the web host's normal start, which applies this version's migrations. Everything is checked
/// through what the application itself reads (the API, the login page, its queries), not through table layouts, so a
/// migration that moves data to new tables passes as long as the application still finds it.
/// </summary>
public sealed class UpgradeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Startup_DatabaseOfThePreviousReleaseWithData_MigratesAndEveryRecordStaysReadable(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await PreviousRelease.CreateAsync(provider);
        PreviousReleaseData.Ids ids;
        try
        {
            ids = await PreviousReleaseData.InsertAsync(database);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        await using var app = new WijkpeilAppFactory(database);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        }

        // Figures: every published one as it was; no draft or withdrawn value made public by the upgrade.
        var observations = (await ApiAssert.OkJsonAsync(await anonymous.GetAsync("/api/v1/observations", ct))).EnumerateArray().ToList();
        var figures = observations.Select(o => (
            o.GetProperty("areaCode").GetString()!,
            o.GetProperty("indicatorCode").GetString()!,
            o.GetProperty("period").GetString()!,
            o.GetProperty("breakdown").GetString()!,
            o.GetProperty("value").GetDouble())).ToList();
        foreach (var published in PreviousReleaseData.Published)
        {
            Assert.Contains(published, figures);
        }

        foreach (var hidden in PreviousReleaseData.NotPublic)
        {
            Assert.DoesNotContain(figures, f => f.Item5 == hidden);
        }

        var utrecht = observations.Single(o => o.GetProperty("areaCode").GetString() == "GM0344" && o.GetProperty("indicatorCode").GetString() == PreviousReleaseData.Health);
        Assert.Equal((73.9, 75.6, 5120), (utrecht.GetProperty("lower").GetDouble(), utrecht.GetProperty("upper").GetDouble(), utrecht.GetProperty("sampleSize").GetInt32()));
        Assert.Equal(PreviousReleaseData.BatchFiles[0], utrecht.GetProperty("sourceFile").GetString());

        // The register and the catalogue.
        var overvecht = await ApiAssert.OkJsonAsync(await anonymous.GetAsync("/api/v1/areas/WK034403", ct));
        Assert.Equal("Wijk 03 Overvecht", overvecht.GetProperty("name").GetString());
        var indicators = await ApiAssert.OkJsonAsync(await anonymous.GetAsync("/api/v1/indicators", ct));
        Assert.Equal(
            [PreviousReleaseData.Inhabitants, PreviousReleaseData.Health],
            indicators.EnumerateArray().Select(i => i.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));

        // The agenda and the stories, with every part.
        var projects = await ApiAssert.OkJsonAsync(await anonymous.GetAsync("/api/v1/projects?focusArea=overvecht", ct));
        Assert.Equal([PreviousReleaseData.ProjectTitle], projects.EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        var project = await ApiAssert.OkJsonAsync(await anonymous.GetAsync($"/api/v1/projects/{ids.Project}", ct));
        Assert.Equal(("running", "2024-03-04", 40), (project.GetProperty("status").GetString(), project.GetProperty("startDate").GetString(), project.GetProperty("percentComplete").GetInt32()));
        Assert.Equal(380, project.GetProperty("outputs")[0].GetProperty("values")[0].GetProperty("realised").GetDouble());
        Assert.Equal((25000.00m, 12500.50m), (project.GetProperty("funding")[0].GetProperty("budget").GetDecimal(), project.GetProperty("funding")[0].GetProperty("spent").GetDecimal()));
        Assert.Equal(PreviousReleaseData.Health, project.GetProperty("indicators")[0].GetProperty("code").GetString());
        var story = await ApiAssert.OkJsonAsync(await anonymous.GetAsync($"/api/v1/stories/{ids.Story}", ct));
        Assert.Equal((PreviousReleaseData.StorySummary, true), (story.GetProperty("summary").GetString(), story.GetProperty("published").GetBoolean()));
        Assert.Equal(PreviousReleaseData.QuoteText, story.GetProperty("quotes")[0].GetProperty("text").GetString());

        // Accounts: listed with role, gemeente and token; the editor signs in with the old password hash; the
        // manager's old token reads the audit trail, which still has the old entries.
        await using (var scope = database.CreateScope())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(ct);
            var editor = accounts.Single(a => a.Email == PreviousReleaseData.EditorEmail);
            Assert.Equal([WijkpeilRoles.AreaEditor], editor.Roles);
            Assert.Equal(["GM0344"], editor.Gemeenten);
            Assert.Equal(1, accounts.Single(a => a.Email == PreviousReleaseData.ManagerEmail).ActiveTokens);

            var history = await scope.ServiceProvider.GetRequiredService<ImportReviewQueries>().ListAsync(ct);
            Assert.Equal(PreviousReleaseData.BatchFiles.Order(StringComparer.Ordinal), history.Select(b => b.FileName).Order(StringComparer.Ordinal));
            Assert.Equal(ImportBatchStatus.Published, history.Single(b => b.FileName == PreviousReleaseData.BatchFiles[0]).Status);
        }

        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await LoginPageTests.PostLoginAsync(browser, PreviousReleaseData.EditorEmail, PreviousReleaseData.Password);
        Assert.Equal(HttpStatusCode.Found, login.StatusCode);

        using var program = app.CreateClient();
        program.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PreviousReleaseData.ManagerToken);
        var audit = await program.GetAsync("/beheer/audit.csv", ct);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        var csv = await audit.Content.ReadAsStringAsync(ct);
        Assert.Contains(PreviousReleaseData.AuditSummary, csv, StringComparison.Ordinal);
        Assert.Contains("Import ingetrokken: Verkeerde jaargang.", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Schema_UpgradedFromThePreviousRelease_EqualsTheSchemaMigratedFromScratch(DatabaseProvider provider)
    {
        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using var upgraded = await PreviousRelease.CreateAsync(provider);
        _ = await PreviousReleaseData.InsertAsync(upgraded);
        await using (var scope = upgraded.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(TestContext.Current.CancellationToken);
        }

        var expected = await DatabaseSchema.DescribeAsync(fresh);
        var actual = await DatabaseSchema.DescribeAsync(upgraded);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
