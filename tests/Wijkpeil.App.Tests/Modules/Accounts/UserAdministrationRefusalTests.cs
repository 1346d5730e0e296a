using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Accounts;

/// <summary>
/// Refusals of account administration are problems with a code, a field and arguments, Identity's among them by their
/// error code; their text comes from the resources in the reader's language, never from Identity's English descriptions.
/// </summary>
public sealed class UserAdministrationRefusalTests
{
    private const string Password = "lange zin als wachtwoord";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_RefusedRequests_CodeFieldAndTextInBothLanguages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        Assert.True((await administration.AddAsync(new NewAccount("pm@utrecht.nl", WijkpeilRoles.ProgrammeManager, [], Password), Ct)).Succeeded);
        var cases = new (NewAccount Request, string Code, string? Field, string Dutch, string English)[]
        {
            (new("a@utrecht.nl", "Beheerder", [], Password), "account.role.unknown", "role",
                "Onbekende rol 'Beheerder'. Kies uit: ProgrammeManager, KnowledgePartner, AreaEditor, SubsidyOfficer, Assessor, Coordinator, Viewer.",
                "Unknown role 'Beheerder'. Choose from: ProgrammeManager, KnowledgePartner, AreaEditor, SubsidyOfficer, Assessor, Coordinator, Viewer."),
            (new("a@utrecht.nl", WijkpeilRoles.AreaEditor, ["WK034403"], Password), "account.gemeente.invalid", "gemeenten",
                "'WK034403' is geen gemeentecode: verwacht GM en vier cijfers, zoals GM0344 (Utrecht).",
                "'WK034403' is not a municipality code: expected GM and four digits, such as GM0344 (Utrecht)."),
            (new("PM@utrecht.nl", WijkpeilRoles.Viewer, [], Password), "account.email.taken", "email",
                "Er bestaat al een account met e-mailadres PM@utrecht.nl.",
                "An account with e-mail address PM@utrecht.nl already exists."),
            (new("geen-adres", WijkpeilRoles.Viewer, [], Password), "account.email.invalid", "email",
                "'geen-adres' is geen geldig e-mailadres.",
                "'geen-adres' is not a valid e-mail address."),
            (new("a@utrecht.nl", WijkpeilRoles.Viewer, [], "kort wachtw"), "account.password.too_short", "password",
                "Het wachtwoord moet minstens 12 tekens lang zijn.",
                "The password must be at least 12 characters long."),
            (new("a@utrecht.nl", WijkpeilRoles.Viewer, [], "password1234"), "account.password.too_common", "password",
                "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden en is daardoor makkelijk te raden; kies een ander, bijvoorbeeld een zin van een paar woorden.",
                "This password is on a list of commonly used passwords and therefore easy to guess; choose another one, for example a sentence of a few words."),
        };

        foreach (var (request, code, field, dutch, english) in cases)
        {
            var refused = await administration.AddAsync(request, Ct);

            var problem = Assert.Single(refused.Problems);
            Assert.Equal((code, field), (problem.Code, problem.Field));
            Assert.Equal(dutch, ProblemMessages.For(problem, Dutch));
            Assert.Equal(english, ProblemMessages.For(problem, English));
        }

        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Users.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisableAndToken_UnknownOrDisabledAccount_NotFoundAndConflictInBothLanguages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        Assert.True((await administration.AddAsync(new NewAccount("weg@utrecht.nl", WijkpeilRoles.Viewer, [], Password), Ct)).Succeeded);
        Assert.True((await administration.DisableAsync("weg@utrecht.nl", Ct)).Value);

        var unknown = Assert.Single((await administration.DisableAsync(" niemand@utrecht.nl ", Ct)).Problems);
        var disabled = Assert.Single((await administration.CreateTokenAsync("weg@utrecht.nl", null, null, Ct)).Problems);

        Assert.Equal((ProblemKind.NotFound, "account.unknown"), (unknown.Kind, unknown.Code));
        Assert.Equal("Er is geen account met e-mailadres niemand@utrecht.nl.", ProblemMessages.For(unknown, Dutch));
        Assert.Equal("There is no account with e-mail address niemand@utrecht.nl.", ProblemMessages.For(unknown, English));
        Assert.Equal((ProblemKind.Conflict, "account.disabled"), (disabled.Kind, disabled.Code));
        Assert.Equal("Het account weg@utrecht.nl is uitgeschakeld; een uitgeschakeld account krijgt geen token.", ProblemMessages.For(disabled, Dutch));
        Assert.Equal("The account weg@utrecht.nl is disabled; a disabled account gets no token.", ProblemMessages.For(disabled, English));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
