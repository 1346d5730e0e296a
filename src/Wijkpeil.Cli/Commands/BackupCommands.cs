using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Data.Backup;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Export;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil backup</c> and <c>wijkpeil restore</c>: a checked copy of the whole database, and putting one back.</summary>
internal static class BackupCommands
{
    public static IEnumerable<Command> Create(CliSession session, IDictionary<Command, string> notes)
    {
        yield return Backup(session, notes);
        yield return Restore(session, notes);
    }

    private static Command Backup(CliSession session, IDictionary<Command, string> notes)
    {
        var backup = new Command("backup", "Maak een back-up van de hele database en controleer die. Kan terwijl de webapplicatie draait: de back-up is de database zoals die op één moment was. De database zelf wordt niet gewijzigd (ook niet gemigreerd).");
        var output = new Option<string>("--output", "-o") { Description = "Het back-upbestand. Een bestaand bestand wordt alleen met --force vervangen.", HelpName = "bestand", Required = true };
        var force = new Option<bool>("--force") { Description = "Vervang het back-upbestand als het al bestaat." };
        backup.Options.Add(output);
        backup.Options.Add(force);
        backup.SetAction((parseResult, ct) => session.RunOnDatabaseAsIsAsync(
            async (services, token) =>
            {
                var written = await session.WithStatusAsync(
                    "Back-up maken en controleren…",
                    () => services.GetRequiredService<DatabaseBackup>().BackupAsync(parseResult.GetRequiredValue(output), parseResult.GetValue(force), token));
                if (!written.Succeeded)
                {
                    return Refused(session, written.Problems);
                }

                var report = written.Value;
                session.Out.WriteLine($"Back-up geschreven: {report.File}");
                WriteFacts(session, [
                    ("grootte", Size(report.Bytes)),
                    ("duur", Seconds(report.Duration)),
                    ("controle", report.Check),
                    ("schemaversie", report.LastMigration),
                ]);
                WriteTables(session, report.Tables);
                return ExitCodes.Success;
            },
            ct));
        notes[backup] = """
            SQLite: de online-back-up van SQLite (sqlite3_backup), gecontroleerd met PRAGMA integrity_check.
            PostgreSQL: pg_dump --format=custom (pg_dump, pg_restore en psql moeten op het PATH staan of in
            Backup__PostgresBinDirectory), daarna helemaal teruggelezen met pg_restore.
            Het bestand wordt eerst onder een tijdelijke naam geschreven en pas na de controle hernoemd; het is
            alleen leesbaar voor de eigenaar (het bevat wachtwoord- en tokenhashes).

            Voorbeelden:
              wijkpeil backup --output /var/backups/wijkpeil/wijkpeil-$(date +%F).db
              wijkpeil backup --output wijkpeil.dump --force

            Afsluitcodes: 0 gelukt, 1 geweigerd (de melding zegt waarom; er is niets geschreven), 3 andere fout.
            """;
        return backup;
    }

    private static Command Restore(CliSession session, IDictionary<Command, string> notes)
    {
        var restore = new Command("restore", "Zet een back-up terug: vervangt de hele database door de back-up en migreert die naar deze versie. Stop eerst de webapplicatie.");
        var input = new Option<string>("--input", "-i") { Description = "Het back-upbestand (van wijkpeil backup).", HelpName = "bestand", Required = true };
        var force = new Option<bool>("--force") { Description = "Vervang een database die al gegevens heeft (zonder deze optie alleen een lege of nieuwe)." };
        restore.Options.Add(input);
        restore.Options.Add(force);
        restore.SetAction((parseResult, ct) => session.RunOnDatabaseAsIsAsync(
            async (services, token) =>
            {
                var file = parseResult.GetRequiredValue(input);
                var restored = await session.WithStatusAsync(
                    "Back-up controleren en terugzetten…",
                    () => services.GetRequiredService<DatabaseBackup>().RestoreAsync(file, parseResult.GetValue(force), token));
                if (!restored.Succeeded)
                {
                    return Refused(session, restored.Problems);
                }

                var report = restored.Value;
                session.Out.WriteLine($"Teruggezet: {Path.GetFullPath(file)} in {report.Database}");
                WriteFacts(session, [
                    ("duur", Seconds(report.Duration)),
                    ("schemaversie back-up", report.LastMigrationInBackup),
                    ("daarna gemigreerd", report.AppliedMigrations.Count == 0 ? "niets nodig (zelfde versie)" : string.Join(", ", report.AppliedMigrations)),
                ]);
                WriteTables(session, report.Tables);

                // The whole data set's files belong to the replaced database's data versions.
                var downloads = ExportOptions.ResolveFolder(session.Configuration, services.GetRequiredService<DatabaseOptions>());
                var deleted = FullDataExport.DeleteAll(downloads);
                session.Out.WriteLine(string.Create(CliSession.Dutch, $"Downloadbestanden van de hele dataset verwijderd: {deleted:N0} uit {downloads} (de webapplicatie maakt ze opnieuw)."));
                return ExitCodes.Success;
            },
            ct));
        notes[restore] = """
            Eerst wordt de back-up helemaal gecontroleerd: een beschadigd of afgebroken bestand, een bestand dat
            geen Wijkpeil-database is en een back-up van een nieuwere versie worden geweigerd, en dan is er niets
            gewijzigd. Daarna wordt de database in één transactie vervangen: een onderbroken terugzetting laat de
            oude database staan. Een back-up van een oudere versie wordt daarna gemigreerd, zoals bij een start.
            SQLite: geweigerd zolang een ander programma (de webapplicatie) de database open heeft.
            PostgreSQL: geweigerd zolang er andere verbindingen met de database zijn; alle tabellen van het schema
            worden vervangen (pg_restore en psql moeten op het PATH staan of in Backup__PostgresBinDirectory).

            Voorbeelden:
              wijkpeil restore --input /var/backups/wijkpeil/wijkpeil-2026-01-31.db --force

            Afsluitcodes: 0 gelukt, 1 geweigerd (de melding zegt waarom; er is niets gewijzigd), 3 andere fout.
            """;
        return restore;
    }

    /// <summary>Each refusal in Dutch, the first as the error line; exit code 1.</summary>
    private static int Refused(CliSession session, IReadOnlyList<Problem> problems)
    {
        session.WriteError(CliSession.Text(problems[0]));
        foreach (var problem in problems.Skip(1))
        {
            session.WriteErrorDetail(CliSession.Text(problem));
        }

        return ExitCodes.BadInput;
    }

    private static void WriteFacts(CliSession session, IEnumerable<(string Label, string Value)> facts)
    {
        var grid = new Grid().AddColumn(new GridColumn().PadLeft(2).PadRight(2)).AddColumn();
        foreach (var (label, value) in facts)
        {
            grid.AddRow(new Text(label), new Text(value));
        }

        session.Out.Write(grid);
    }

    private static void WriteTables(CliSession session, IReadOnlyList<TableCount> tables)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Tabel")
            .AddColumn(new TableColumn("Rijen").RightAligned());
        foreach (var t in tables)
        {
            table.AddRow(new Text(t.Table), new Text(t.Rows.ToString("N0", CliSession.Dutch)));
        }

        table.Caption($"{tables.Count.ToString(CliSession.Dutch)} tabellen, samen {tables.Sum(t => t.Rows).ToString("N0", CliSession.Dutch)} rijen");
        session.Out.Write(table);
    }

    private static string Size(long bytes) =>
        string.Create(CliSession.Dutch, $"{bytes / 1024d / 1024d:N1} MB ({bytes:N0} bytes)");

    private static string Seconds(TimeSpan duration) =>
        string.Create(CliSession.Dutch, $"{duration.TotalSeconds:N1} s");
}
