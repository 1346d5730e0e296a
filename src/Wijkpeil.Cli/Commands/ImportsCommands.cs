using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil imports list|publish|withdraw|reject</c>: the import history and the operator's review actions.</summary>
internal static class ImportsCommands
{
    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var imports = new Command("imports", "De ingelezen bestanden met cijfers: de geschiedenis, en een import publiceren, intrekken of verwerpen. Op de website doet een kennispartner dit; hier de beheerder van de server, vastgelegd in de audittrail als 'cli'.");
        imports.Subcommands.Add(List(session));
        imports.Subcommands.Add(Publish(session));
        imports.Subcommands.Add(Withdraw(session));
        imports.Subcommands.Add(Reject(session));
        notes[imports] = """
            Voorbeelden:
              wijkpeil imports list
              wijkpeil imports publish 12
              wijkpeil imports publish 12 --confirm WK034403/Overgewicht/2022/totaal
              wijkpeil imports publish 12 --note "Nagevraagd bij de GGD: de cijfers kloppen."
              wijkpeil imports withdraw 12 --reason "Verkeerde jaargang ingelezen; gecorrigeerd bestand volgt."
              wijkpeil imports reject 13 --reason "Cijfers van de verkeerde gemeente."
            Een concept staat naast de openbare cijfers en verandert daar niets aan tot het gepubliceerd is.
            """;
        return imports;
    }

    private static Command List(CliSession session)
    {
        var list = new Command("list", "Toon alle imports, de nieuwste bovenaan: bestand, wie en wanneer, aantallen, status en beoordeling.");
        list.SetAction((_, ct) => session.RunAsync(
            async (services, token) =>
            {
                var batches = await services.GetRequiredService<ImportReviewQueries>().ListAsync(token);
                if (batches.Count == 0)
                {
                    session.Out.WriteLine("Er is nog geen enkel bestand met cijfers ingelezen.");
                    return ExitCodes.Success;
                }

                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn("Id")
                    .AddColumn("Bestand")
                    .AddColumn("Ingelezen")
                    .AddColumn("Nieuw / gewijzigd / ongewijzigd")
                    .AddColumn("Nu uit deze import (concept: wachtend)")
                    .AddColumn("Status");
                foreach (var b in batches)
                {
                    table.AddRow(
                        new Text(b.Id.ToString(CliSession.Dutch)),
                        new Text(b.SourceTable is null ? $"{b.FileName} ({b.Format})" : $"{b.FileName} ({b.Format}, {b.SourceTable})"),
                        new Text($"{Local(b.ImportedAt)} {b.ImportedBy}"),
                        new Text(string.Create(CliSession.Dutch, $"{b.Added:N0} / {b.Changed:N0} / {b.Unchanged:N0}")),
                        new Text(b.CurrentFigures.ToString("N0", CliSession.Dutch)),
                        new Text(Status(b)));
                }

                session.Out.Write(table);
                return ExitCodes.Success;
            },
            ct));
        return list;
    }

    private static Command Publish(CliSession session)
    {
        var publish = new Command("publish", "Publiceer een import (concept of ingetrokken): de cijfers die wachten worden opnieuw gecontroleerd en openbaar, en vervangen de openbare waarden (die als oude waarde bewaard blijven). Cijfers die bij de controle opvallen moeten elk bevestigd worden (--confirm), of de import wordt gepubliceerd met een toelichting (--note); anders wordt er niets gepubliceerd en staan de opvallende cijfers in de melding.");
        var id = IdArgument();
        var confirm = new Option<string[]>("--confirm") { Description = "Een opvallend cijfer dat u hebt gecontroleerd, als GEBIED/INDICATOR/PERIODE/UITSPLITSING (zoals de melding ze noemt); herhaal de optie per cijfer.", HelpName = "cijfer", AllowMultipleArgumentsPerToken = true };
        var note = new Option<string>("--note") { Description = "Waarom de import gepubliceerd wordt zonder elk opvallend cijfer te bevestigen; bewaard bij de import en in de audittrail.", HelpName = "tekst" };
        publish.Arguments.Add(id);
        publish.Options.Add(confirm);
        publish.Options.Add(note);
        publish.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var batchId = parseResult.GetRequiredValue(id);
                var decision = new PublishDecision(parseResult.GetValue(confirm) ?? [], parseResult.GetValue(note));
                var outcome = await services.GetRequiredService<ImportReview>().PublishAsOperatorAsync(batchId, decision, token);
                return Report(session, batchId, outcome, "gepubliceerd: {0} cijfers zijn nu openbaar.");
            },
            ct));
        return publish;
    }

    private static Command Withdraw(CliSession session)
    {
        var withdraw = new Command("withdraw", "Trek een gepubliceerde import in: de cijfers die nog uit deze import komen zijn niet meer openbaar en wachten weer als concept bij de import (opnieuw te publiceren). Per cijfer wordt de waarde die vóór deze import gepubliceerd was weer openbaar (de nieuwste uit de geschiedenis waarvan de import nog gepubliceerd is); een cijfer dat deze import als eerste publiceerde is niet meer openbaar.");
        var id = IdArgument();
        var reason = new Option<string>("--reason") { Description = "Waarom de cijfers worden ingetrokken (verplicht); bewaard bij de import en in de audittrail.", HelpName = "tekst", Required = true };
        withdraw.Arguments.Add(id);
        withdraw.Options.Add(reason);
        withdraw.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var batchId = parseResult.GetRequiredValue(id);
                var outcome = await services.GetRequiredService<ImportReview>().WithdrawAsOperatorAsync(batchId, parseResult.GetValue(reason), token);
                return Report(session, batchId, outcome, "ingetrokken: {0} cijfers wachten weer als concept; {1} daarvan hebben weer de eerder gepubliceerde waarde, {2} had deze import als eerste gepubliceerd en zijn niet meer openbaar.");
            },
            ct));
        return withdraw;
    }

    private static Command Reject(CliSession session)
    {
        var reject = new Command("reject", "Verwerp een concept: de cijfers die wachten worden weggegooid en nooit openbaar; de import blijft met de reden in de geschiedenis.");
        var id = IdArgument();
        var reason = new Option<string>("--reason") { Description = "Waarom het concept wordt verworpen (verplicht); bewaard bij de import en in de audittrail.", HelpName = "tekst", Required = true };
        reject.Arguments.Add(id);
        reject.Options.Add(reason);
        reject.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var batchId = parseResult.GetRequiredValue(id);
                var outcome = await services.GetRequiredService<ImportReview>().RejectAsOperatorAsync(batchId, parseResult.GetValue(reason), token);
                return Report(session, batchId, outcome, "verworpen: {0} conceptcijfers zijn weggegooid.");
            },
            ct));
        return reject;
    }

    private static int Report(CliSession session, int batchId, Outcome<ReviewDone> outcome, string done)
    {
        switch (outcome.Kind)
        {
            case null:
                var value = outcome.Value;
                session.Out.WriteLine($"Import {batchId.ToString(CliSession.Dutch)} " + string.Format(CliSession.Dutch, done, value.Figures.ToString("N0", CliSession.Dutch), value.Restored.ToString("N0", CliSession.Dutch), value.Removed.ToString("N0", CliSession.Dutch)));
                return ExitCodes.Success;
            case ProblemKind.NotFound:
                session.WriteError($"er is geen import met id {batchId.ToString(CliSession.Dutch)} (zie wijkpeil imports list); er is niets gewijzigd.");
                return ExitCodes.BadInput;
            default:
                session.WriteError(ProblemMessages.For(outcome.Problems[0], CliSession.Dutch) + " Er is niets gewijzigd.");
                foreach (var detail in outcome.Problems.Skip(1))
                {
                    session.WriteErrorDetail(ProblemMessages.For(detail, CliSession.Dutch));
                }

                return ExitCodes.BadInput;
        }
    }

    private static Argument<int> IdArgument() => new("id") { Description = "Het id van de import (zie wijkpeil imports list)." };

    private static string Status(ImportBatchSummary batch) => batch.Status switch
    {
        ImportBatchStatus.Published => $"gepubliceerd {Local(batch.ReviewedAt)} door {batch.ReviewedBy}",
        ImportBatchStatus.Withdrawn => $"ingetrokken {Local(batch.ReviewedAt)} door {batch.ReviewedBy}: {batch.WithdrawalReason}",
        ImportBatchStatus.Rejected => $"verworpen {Local(batch.ReviewedAt)} door {batch.ReviewedBy}: {batch.RejectionReason}",
        _ => "concept",
    };

    private static string Local(DateTimeOffset? moment) => moment?.ToLocalTime().ToString("d MMM yyyy HH:mm", CliSession.Dutch) ?? "-";
}
