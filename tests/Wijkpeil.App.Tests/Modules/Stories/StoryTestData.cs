using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Stories.CreateStory;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Tests.Modules.Stories;

/// <summary>The Vitale Wijken programme (four focus areas, five pillars) and the letter's agenda; no stories.</summary>
internal static class StoryTestData
{
    public const string Password = "lange zin als wachtwoord";

    public static async Task SeedProgrammeAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
        await seeder.SeedCatalogueAsync(TestContext.Current.CancellationToken);
        await seeder.SeedProgrammeAsync(TestContext.Current.CancellationToken);
        await seeder.SeedAgendaAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A signed-in user as the claims factory makes one: role claim plus one claim per gemeente.</summary>
    public static ClaimsPrincipal User(string role, params string[] gemeenten) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Email, $"{role.ToLowerInvariant()}@example.nl"), new Claim(ClaimTypes.Role, role), .. gemeenten.Select(g => new Claim(WijkpeilClaims.Gemeente, g))],
            "test"));

    /// <summary>Complete fields for a story about <paramref name="area"/>; consent recorded unless told otherwise.</summary>
    public static StoryRequest Fields(string area = "WK034403", string summary = "Bewoners over de nieuwe buurtkamer", DateOnly? consent = null, bool withConsent = true, int? projectId = null) =>
        new(StoryMethod.Interview, new DateOnly(2024, 5, 14), area, 3, projectId, summary, "Het *hele* verhaal.", withConsent ? consent ?? new DateOnly(2024, 5, 14) : null);

    /// <summary>Stores a story as a ProgrammeManager would; returns its id.</summary>
    public static async Task<int> CreateAsync(TestDatabase database, StoryRequest fields, bool publish = false, IReadOnlyList<QuoteRequest>? quotes = null)
    {
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CreateStoryHandler>()
            .HandleAsync(User(WijkpeilRoles.ProgrammeManager), fields with { Published = publish, Quotes = quotes ?? [] }, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Code)));
        return outcome.Value;
    }

    /// <summary>Issues a personal access token for an existing account.</summary>
    public static async Task<string> IssueTokenAsync(TestDatabase database, string email)
    {
        await using var scope = database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateTokenAsync(email, null, expiresAt: null, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.ToString());
        return result.Value.Token;
    }

    /// <summary>Creates an account that can sign in with <see cref="Password"/>.</summary>
    public static async Task AddAccountAsync(TestDatabase database, string email, string role, params string[] gemeenten)
    {
        await using var scope = database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddAsync(new NewAccount(email, role, gemeenten, Password), TestContext.Current.CancellationToken);
        Assert.True(added.Succeeded, added.ToString());
    }
}
