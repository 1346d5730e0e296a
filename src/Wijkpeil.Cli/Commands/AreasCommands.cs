using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil areas show &lt;code&gt;</c>: one area of the register with its place in the hierarchy.</summary>
internal static class AreasCommands
{
    public static Command Create(CliSession session)
    {
        var areas = new Command("areas", "Het gebiedenregister: Nederland, provincies, gemeenten, wijken en buurten.");
        var show = new Command("show", "Toon een gebied: naam, niveau, bovenliggende gebieden, indelingsjaren, onderliggende gebieden, focusgebieden, of er een grens voor de kaart is en hoeveel gepubliceerde cijfers er zijn.");
        var code = new Argument<string>("code") { Description = "De CBS-gebiedscode: NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn (hoofdletters niet nodig)." };
        show.Arguments.Add(code);
        show.SetAction((parseResult, ct) => session.RunAsync((services, token) => ShowAsync(session, services, parseResult.GetRequiredValue(code), token), ct));
        areas.Subcommands.Add(show);
        return areas;
    }

    private static async Task<int> ShowAsync(CliSession session, IServiceProvider services, string code, CancellationToken ct)
    {
        var normalised = AreaQueries.Normalise(code);
        if (!AreaCode.IsValid(normalised))
        {
            session.WriteError($"'{code}' is geen geldige CBS-gebiedscode: verwacht NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn (bijvoorbeeld WK034403).");
            return ExitCodes.BadInput;
        }

        var area = await services.GetRequiredService<AreaQueries>().GetAsync(normalised, ct);
        if (area is null)
        {
            session.WriteError($"gebied {normalised} staat niet in het gebiedenregister. Lees de CBS-gebiedenlijst in met 'wijkpeil import regions'.");
            return ExitCodes.BadInput;
        }

        session.Out.Write(Render(area));
        return ExitCodes.Success;
    }

    private static Panel Render(AreaDetails area)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Row(grid, "Code", area.Code);
        Row(grid, "Niveau", area.LevelNl);
        Row(grid, "Ligt in", area.Ancestors.Count == 0 ? "-" : string.Join(" > ", area.Ancestors.Select(a => $"{a.Name} ({a.Code})")));
        Row(grid, "Indelingsjaren", area.LayoutYears.Count == 0 ? "-" : string.Join(", ", area.LayoutYears.Order()));
        Row(grid, "Onderliggend", area.Children.Count == 0 ? "-" : string.Join(", ", area.Children.Select(c => $"{c.Count.ToString("N0", CliSession.Dutch)} {Plural(c.LevelNl, c.Count)}")));
        Row(grid, "Focusgebieden", area.FocusAreas.Count == 0 ? "-" : string.Join(Environment.NewLine, area.FocusAreas.Select(FocusArea)));
        Row(grid, "Grens voor kaart", area.HasBoundary ? "ja" : "nee");
        Row(grid, "Gepubliceerde cijfers", area.PublishedObservations.ToString("N0", CliSession.Dutch));
        return new Panel(grid)
        {
            Header = new PanelHeader(Markup.Escape($" {area.Name} ({area.Code}) ")),
            Border = BoxBorder.Rounded,
        };
    }

    private static void Row(Grid grid, string label, string value) =>
        grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));

    private static string FocusArea(AreaFocusArea focusArea) => focusArea.IsMember
        ? $"{focusArea.ProgrammeName}: {focusArea.Name}"
        : $"{focusArea.ProgrammeName}: ligt in {focusArea.Name}";

    private static string Plural(string level, int count) => count == 1 ? level : level switch
    {
        "land" => "landen",
        "provincie" => "provincies",
        "gemeente" => "gemeenten",
        "wijk" => "wijken",
        "buurt" => "buurten",
        _ => level,
    };
}
