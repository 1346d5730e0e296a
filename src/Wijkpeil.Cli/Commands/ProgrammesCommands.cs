using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Modules.Programmes.EditProgramme;

namespace Wijkpeil.Cli.Commands;

/// <summary>
/// <c>wijkpeil programmes list|show|add|edit</c>: programmes (wijkaanpakken) as JSON files, through the same use cases
/// (checks, audit trail) as /beheer/programmas and the API; <c>show --json</c> writes what <c>add</c> and <c>edit</c> read.
/// </summary>
internal static class ProgrammesCommands
{
    /// <summary>The API's JSON: camelCase names, indented for people who edit the file.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var programmes = new Command("programmes", "Programma's (wijkaanpakken zoals Vitale Wijken): pijlers, focusgebieden, referentiegebieden, kernset en metingen. Wijzigen kan ook op /beheer/programmas en via /api/v1/programmes.");
        programmes.Subcommands.Add(List(session));
        programmes.Subcommands.Add(Show(session));
        programmes.Subcommands.Add(Add(session, notes));
        programmes.Subcommands.Add(Edit(session, notes));
        return programmes;
    }

    private static Command List(CliSession session)
    {
        var list = new Command("list", "Toon alle programma's: slug en naam.");
        list.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var all = await services.GetRequiredService<IProgrammeCatalogue>().ListAsync(token);
                if (all.Count == 0)
                {
                    session.Out.WriteLine("Er is nog geen programma. Maak er een met 'wijkpeil programmes add --file programma.json'.");
                    return ExitCodes.Success;
                }

                var table = new Table().Border(TableBorder.Rounded).AddColumn("Slug").AddColumn("Naam");
                foreach (var programme in all)
                {
                    table.AddRow(new Text(programme.Slug), new Text(programme.Name));
                }

                session.Out.Write(table);
                return ExitCodes.Success;
            },
            ct));
        return list;
    }

    private static Command Show(CliSession session)
    {
        var show = new Command("show", "Toon één programma: pijlers, focusgebieden, referentiegebieden, kernset en metingen.");
        var slug = SlugArgument();
        var json = new Option<bool>("--json") { Description = "Schrijf de hele definitie als JSON, precies wat 'programmes add' en 'programmes edit' lezen (en wat GET /api/v1/programmes/{slug} geeft)." };
        show.Arguments.Add(slug);
        show.Options.Add(json);
        show.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var name = parseResult.GetRequiredValue(slug);
                var programme = await services.GetRequiredService<IProgrammeCatalogue>().GetAsync(name, token);
                if (programme is null)
                {
                    session.WriteError($"er is geen programma '{name}'. Zie 'wijkpeil programmes list'.");
                    return ExitCodes.BadInput;
                }

                var definition = ProgrammeDefinition.From(programme);
                if (parseResult.GetValue(json))
                {
                    await session.StdoutWriter.WriteLineAsync(JsonSerializer.Serialize(definition, Json));
                }
                else
                {
                    WriteSummary(session, programme);
                }

                return ExitCodes.Success;
            },
            ct));
        return show;
    }

    private static Command Add(CliSession session, IDictionary<Command, string> notes)
    {
        var add = new Command("add", "Maak een programma aan uit een JSON-bestand met de hele definitie. Alles wordt gecontroleerd (gebiedenregister, indicatorcatalogus, periodes) en vastgelegd in de audittrail; bij een fout wordt niets opgeslagen.");
        var file = FileOption();
        add.Options.Add(file);
        add.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                if (await ReadAsync(session, parseResult.GetRequiredValue(file), token) is not { } definition)
                {
                    return ExitCodes.BadInput;
                }

                var created = await services.GetRequiredService<CreateProgrammeHandler>().HandleAsync(definition, token);
                if (!created.Succeeded)
                {
                    return Refused(session, created.Problems);
                }

                session.Out.WriteLine($"Programma {created.Value.Slug} ({created.Value.Name}) aangemaakt.");
                return ExitCodes.Success;
            },
            ct));
        notes[add] = """
            Het bestand (JSON, velden zoals in de API):
              {
                "slug": "wijkaanpak-utrecht", "name": "Wijkaanpak Utrecht", "description": "Markdown",
                "pillars": [{ "number": 1, "nameNl": "Gezondheid", "nameEn": "Health" }],
                "focusAreas": [{ "slug": "overvecht", "name": "Overvecht", "members": ["WK034403"] }],
                "referenceAreas": null,
                "kernset": [{ "indicator": "Roker", "breakdown": "18+", "pillar": 1 }],
                "waves": [{ "slug": "meting-2020", "name": "Meting 2020",
                            "sources": [{ "sourceTable": "50090NED", "period": "2020" }, { "sourceTable": "kwb", "period": "2023" }] }]
              }
              referenceAreas null: de provincie van elke gemeente en Nederland (NL00); de gemeente van elk focusgebied
              telt altijd mee. Lijsten staan in weergavevolgorde.

            Voorbeelden:
              wijkpeil programmes add --file wijkaanpak-utrecht.json
              wijkpeil programmes show vitale-wijken --json > vw.json && wijkpeil programmes add --file vw.json   (na een andere slug)

            Een fout staat per veld op stderr, bv. 'focusAreas[1].members[0]: Gebied WK034499 staat niet in het gebiedenregister.'
            """;
        return add;
    }

    private static Command Edit(CliSession session, IDictionary<Command, string> notes)
    {
        var edit = new Command("edit", "Vervang de hele definitie van een programma door die uit een JSON-bestand (een andere slug erin hernoemt het). Een pijler of focusgebied dat projecten of verhalen nog gebruiken, kan niet weg.");
        var slug = SlugArgument();
        var file = FileOption();
        edit.Arguments.Add(slug);
        edit.Options.Add(file);
        edit.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                if (await ReadAsync(session, parseResult.GetRequiredValue(file), token) is not { } definition)
                {
                    return ExitCodes.BadInput;
                }

                var edited = await services.GetRequiredService<EditProgrammeHandler>().HandleAsync(parseResult.GetRequiredValue(slug), definition, token);
                if (!edited.Succeeded)
                {
                    return Refused(session, edited.Problems);
                }

                session.Out.WriteLine($"Programma {edited.Value.Slug} ({edited.Value.Name}) gewijzigd.");
                return ExitCodes.Success;
            },
            ct));
        notes[edit] = """
            Voorbeeld: de definitie ophalen, bewerken en terugzetten:
              wijkpeil programmes show vitale-wijken --json > vw.json
              wijkpeil programmes edit vitale-wijken --file vw.json
            """;
        return edit;
    }

    private static Argument<string> SlugArgument() => new("slug") { Description = "De slug van het programma, zoals vitale-wijken (zie 'wijkpeil programmes list')." };

    private static Option<string> FileOption() => new("--file")
    {
        Description = "Het JSON-bestand met de hele definitie; - leest standaardinvoer.",
        HelpName = "pad",
        Required = true,
    };

    /// <summary>The definition in the file, or null after saying on stderr what is wrong with it.</summary>
    private static async Task<ProgrammeDefinition?> ReadAsync(CliSession session, string path, CancellationToken ct)
    {
        string text;
        if (path == "-")
        {
            text = await session.Stdin.ReadToEndAsync(ct);
        }
        else if (!File.Exists(path))
        {
            session.WriteError($"bestand {path} bestaat niet; er is niets gewijzigd.");
            return null;
        }
        else
        {
            text = await File.ReadAllTextAsync(path, ct);
        }

        var read = JsonRequestBody.Read<ProgrammeDefinition>(text, Json);
        if (!read.Succeeded)
        {
            Refused(session, read.Problems);
            return null;
        }

        return read.Value;
    }

    /// <summary>Every problem as <c>field: message</c> (in Dutch, as the rest of the tool), then that nothing changed.</summary>
    private static int Refused(CliSession session, IReadOnlyList<Problem> problems)
    {
        session.WriteError("het programma is niet opgeslagen; er is niets gewijzigd.");
        foreach (var problem in problems)
        {
            var message = ProblemMessages.For(problem, CliSession.Dutch);
            session.WriteErrorDetail(string.IsNullOrEmpty(problem.Field) ? message : $"{problem.Field}: {message}");
        }

        return ExitCodes.BadInput;
    }

    private static void WriteSummary(CliSession session, ProgrammeDetails programme)
    {
        session.Out.WriteLine($"{programme.Name} ({programme.Slug})");
        if (!string.IsNullOrWhiteSpace(programme.Description))
        {
            session.Out.WriteLine(programme.Description);
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Onderdeel").AddColumn("Inhoud");
        table.AddRow(new Text("Pijlers"), new Text(string.Join(Environment.NewLine, programme.Pillars.Select(p => $"{p.Number} {p.NameNl} / {p.NameEn}"))));
        table.AddRow(new Text("Focusgebieden"), new Text(string.Join(Environment.NewLine, programme.FocusAreas.Select(f => $"{f.Slug} {f.Name}: {string.Join(' ', f.Members)}"))));
        table.AddRow(new Text("Referentiegebieden"), new Text("de gemeente van elk focusgebied, " + string.Join(' ', programme.ReferenceAreas)));
        table.AddRow(new Text("Kernset"), new Text(string.Join(Environment.NewLine, programme.Kernset.Select(k => $"pijler {k.PillarNumber}: {k.IndicatorCode} ({k.BreakdownCode})"))));
        table.AddRow(new Text("Metingen"), new Text(string.Join(Environment.NewLine, programme.Waves.Select(w => $"{w.Slug} {w.Name}: {string.Join(", ", w.Sources.Select(s => $"{s.SourceTable} {s.PeriodCode}"))}"))));
        session.Out.Write(table);
    }
}
