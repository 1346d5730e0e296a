using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>The organisers' side of <see cref="EventHost"/>: a signed-in coordinator, and a published agenda project to link.</summary>
internal sealed partial class EventHost
{
    /// <summary>A browser signed in to a new account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await StoryTestData.AddAccountAsync(Database, email, role);
        var client = Browser();
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    /// <summary>The stored event, untracked.</summary>
    public async Task<CommunityEvent> EventAsync(int id)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<CommunityEvent>().AsNoTracking().SingleAsync(e => e.Id == id, Ct);
    }

    /// <summary>The id and title of the first published agenda project (the host was started with the agenda).</summary>
    public async Task<(int Id, string Title)> PublishedProjectAsync()
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var project = await db.Projects.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => new { p.Id, p.Title }).FirstAsync(Ct);
        return (project.Id, project.Title);
    }
}
