using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Lessons.ManageLessons;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Tests.Modules.Lessons;

/// <summary>Lessons stored as an editor would store them, and what the tests read back.</summary>
internal static class LessonTestData
{
    /// <summary>A completed project of the seeded Vitale Wijken agenda (focus area vollenhove).</summary>
    public const string CompletedProject = "Burgerberaad gebiedsvisie Vollenhove";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The five fields of a quick capture as the form posts them.</summary>
    public static Dictionary<string, string> QuickFields(string title, string tried, string happened, string maturity = "PracticalExperience") => new()
    {
        ["Input.Title"] = title,
        ["Input.WhatWasTried"] = tried,
        ["Input.WhatHappened"] = happened,
        ["Input.EffectiveElements"] = "Een vaste tijd en een bekend gezicht.",
        ["Input.Maturity"] = maturity,
    };

    /// <summary>Stores a lesson through the handler as a Coordinator; returns its id.</summary>
    public static async Task<int> CreateAsync(TestDatabase database, LessonDetails details, bool publish = true)
    {
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ManageLessonsHandler>()
            .CreateAsync(StoryTestData.User(WijkpeilRoles.Coordinator), details, publish, Ct);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value.Id;
    }

    public static LessonDetails Details(string title, string text, LessonMaturity maturity = LessonMaturity.PracticalExperience) =>
        new(title, text, "Er kwamen meer bewoners dan verwacht.", null, maturity);

    /// <summary>The id of the seeded project called <paramref name="title"/>.</summary>
    public static async Task<int> ProjectIdAsync(TestDatabase database, string title)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Project>().Where(p => p.Title == title).Select(p => p.Id).SingleAsync(Ct);
    }

    public static async Task<int> CountAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Lesson>().CountAsync(Ct);
    }

    public static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var path = response.Headers.Location!.PathAndQuery.Split('?')[0];
        return int.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public static async Task<string> ReadAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct));

}
