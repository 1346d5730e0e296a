using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil users add|list|disable|token</c>: accounts, roles and personal access tokens.</summary>
internal static class UsersCommands
{
    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var users = new Command("users", "Accounts, rollen en persoonlijke toegangstokens. Er bestaat geen account tot iemand er een aanmaakt.");
        users.Subcommands.Add(Add(session, notes));
        users.Subcommands.Add(List(session));
        users.Subcommands.Add(Disable(session));
        users.Subcommands.Add(Token(session));
        return users;
    }

    private static Command Add(CliSession session, IDictionary<Command, string> notes)
    {
        var add = new Command("add", $"Maak een account aan met één rol. Het wachtwoord komt van standaardinvoer (--password-stdin), nooit van de opdrachtregel: daar zou het in de shellgeschiedenis en de proceslijst staan. Wachtwoord: minstens {AccountRules.MinimumPasswordLength} tekens, waarvan minstens {AccountRules.MinimumDistinctCharacters} verschillende.");
        var email = EmailOption("Het e-mailadres; dit is ook de gebruikersnaam.");
        var role = new Option<string>("--role")
        {
            Description = "De rol: " + string.Join(", ", WijkpeilRoles.All) + ".",
            HelpName = "rol",
            Required = true,
        };
        var gemeenten = new Option<string[]>("--gemeente")
        {
            Description = "Een gemeente (GMnnnn) waarvoor een AreaEditor, SubsidyOfficer of Assessor werkt. Verplicht voor die rollen, niet toegestaan bij andere. Herhaalbaar.",
            HelpName = "GMnnnn",
        };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Lees het wachtwoord van de eerste regel van standaardinvoer (verplicht)." };
        add.Options.Add(email);
        add.Options.Add(role);
        add.Options.Add(gemeenten);
        add.Options.Add(passwordStdin);
        add.SetAction((parseResult, ct) =>
        {
            if (!parseResult.GetValue(passwordStdin))
            {
                session.WriteError("geef het wachtwoord via standaardinvoer met --password-stdin, bijvoorbeeld: printf '%s\\n' \"$WACHTWOORD\" | wijkpeil users add ... --password-stdin");
                return Task.FromResult(ExitCodes.Usage);
            }

            return session.RunAsync(
                async (services, token) =>
                {
                    var password = await session.Stdin.ReadLineAsync(token);
                    if (string.IsNullOrEmpty(password))
                    {
                        session.WriteError("er kwam geen wachtwoord binnen op standaardinvoer; er is niets opgeslagen.");
                        return ExitCodes.BadInput;
                    }

                    var request = new NewAccount(parseResult.GetRequiredValue(email), parseResult.GetRequiredValue(role), parseResult.GetValue(gemeenten) ?? [], password);
                    var result = await services.GetRequiredService<UserAdministration>().AddAsync(request, token);
                    if (!result.Succeeded)
                    {
                        return Refused(session, result.Problems, "Er is niets opgeslagen.");
                    }

                    var account = result.Value;
                    var scope = account.Gemeenten.Count == 0 ? "" : " voor " + string.Join(", ", account.Gemeenten);
                    session.Out.WriteLine($"Account {account.Email} aangemaakt met rol {account.Roles[0]}{scope}.");
                    return ExitCodes.Success;
                },
                ct);
        });
        notes[add] = """
            Voorbeelden:
              printf '%s\n' "$WACHTWOORD" | wijkpeil users add --email pm@provincie-utrecht.nl --role ProgrammeManager --password-stdin
              wijkpeil users add --email redacteur@utrecht.nl --role AreaEditor --gemeente GM0344 --password-stdin < wachtwoord.txt
            """;
        return add;
    }

    private static Command List(CliSession session)
    {
        var list = new Command("list", "Toon alle accounts: e-mailadres, rol, gemeenten, status, aanmaakdatum en aantal geldige tokens.");
        list.SetAction((_, ct) => session.RunAsync(
            async (services, token) =>
            {
                var accounts = await services.GetRequiredService<UserAdministration>().ListAsync(token);
                if (accounts.Count == 0)
                {
                    session.Out.WriteLine("Er zijn nog geen accounts. Maak het eerste aan met 'wijkpeil users add --email ... --role ProgrammeManager --password-stdin'.");
                    return ExitCodes.Success;
                }

                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn("E-mailadres")
                    .AddColumn("Rol")
                    .AddColumn("Gemeenten")
                    .AddColumn("Status")
                    .AddColumn("Aangemaakt")
                    .AddColumn("Tokens");
                foreach (var account in accounts)
                {
                    table.AddRow(
                        new Text(account.Email),
                        new Text(string.Join(", ", account.Roles)),
                        new Text(account.Gemeenten.Count == 0 ? "-" : string.Join(", ", account.Gemeenten)),
                        new Text(Status(account)),
                        new Text(Local(account.CreatedAt)),
                        new Text(account.ActiveTokens.ToString(CliSession.Dutch)));
                }

                session.Out.Write(table);
                return ExitCodes.Success;
            },
            ct));
        return list;
    }

    private static Command Disable(CliSession session)
    {
        var disable = new Command("disable", "Schakel een account uit: het kan niet meer aanmelden en zijn tokens werken niet meer. Het account en zijn geschiedenis blijven bewaard.");
        var email = EmailOption("Het e-mailadres van het account.");
        disable.Options.Add(email);
        disable.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var address = parseResult.GetRequiredValue(email);
                var result = await services.GetRequiredService<UserAdministration>().DisableAsync(address, token);
                if (!result.Succeeded)
                {
                    return Refused(session, result.Problems, "Er is niets gewijzigd.");
                }

                session.Out.WriteLine(result.Value
                    ? $"Account {address} is uitgeschakeld."
                    : $"Account {address} was al uitgeschakeld; er is niets gewijzigd.");
                return ExitCodes.Success;
            },
            ct));
        return disable;
    }

    private static Command Token(CliSession session)
    {
        var tokenCommand = new Command("token", "Maak een persoonlijk toegangstoken voor de API (Authorization: Bearer <token>). Het token wordt één keer getoond, op stdout; Wijkpeil bewaart alleen een hash en kan het dus niet opnieuw laten zien.");
        var email = EmailOption("Het e-mailadres van het account.");
        var name = new Option<string?>("--name") { Description = "Een naam om het token later te herkennen, zoals 'koppeling subsidiesysteem' (standaard: datum en tijd).", HelpName = "naam" };
        var days = new Option<int?>("--expires-days") { Description = "Laat het token na dit aantal dagen vervallen (standaard: geen vervaldatum).", HelpName = "dagen" };
        tokenCommand.Options.Add(email);
        tokenCommand.Options.Add(name);
        tokenCommand.Options.Add(days);
        tokenCommand.SetAction((parseResult, ct) =>
        {
            if (parseResult.GetValue(days) is <= 0)
            {
                session.WriteError("--expires-days moet een positief aantal dagen zijn.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return session.RunAsync(
                async (services, token) =>
                {
                    var expiresAt = parseResult.GetValue(days) is { } d ? services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(d) : (DateTimeOffset?)null;
                    var result = await services.GetRequiredService<UserAdministration>().CreateTokenAsync(parseResult.GetRequiredValue(email), parseResult.GetValue(name), expiresAt, token);
                    if (!result.Succeeded)
                    {
                        return Refused(session, result.Problems, "Er is geen token gemaakt.");
                    }

                    var issued = result.Value;

                    // The token alone on stdout, so that a script can capture it; the explanation goes to stderr.
                    await session.StdoutWriter.WriteLineAsync(issued.Token);
                    var expiry = issued.ExpiresAt is { } e ? "vervalt op " + Local(e) : "vervalt niet";
                    session.Error.WriteLine($"Token '{issued.Name}' voor {issued.Email} gemaakt ({expiry}). Bewaar het nu: het wordt niet opnieuw getoond.");
                    return ExitCodes.Success;
                },
                ct);
        });
        return tokenCommand;
    }

    /// <summary>
    /// The first refusal as the error line, any further ones as details, then what did not happen; for an unknown
    /// account also where to look them up.
    /// </summary>
    private static int Refused(CliSession session, IReadOnlyList<Problem> problems, string nothingDone)
    {
        session.WriteError(CliSession.Text(problems[0]) + " " + nothingDone);
        foreach (var problem in problems.Skip(1))
        {
            session.WriteErrorDetail(CliSession.Text(problem));
        }

        // Where the tool's own options or verbs help further: the messages name no option, as a page would show them too.
        switch (problems[0].Code)
        {
            case "account.unknown":
                session.WriteErrorDetail("Bekijk de accounts met 'wijkpeil users list'.");
                break;
            case "account.gemeente.missing":
                session.WriteErrorDetail("Geef ze met --gemeente, bijvoorbeeld --gemeente GM0344.");
                break;
        }

        return ExitCodes.BadInput;
    }

    private static Option<string> EmailOption(string description) => new("--email")
    {
        Description = description,
        HelpName = "e-mailadres",
        Required = true,
    };

    private static string Status(AccountSummary account) => account switch
    {
        { DisabledAt: { } disabled } => "uitgeschakeld sinds " + Local(disabled),
        { LockedOutUntil: { } until } => "geblokkeerd tot " + Local(until),
        _ => "actief",
    };

    private static string Local(DateTimeOffset moment) => moment.ToLocalTime().ToString("d MMM yyyy HH:mm", CliSession.Dutch);
}
