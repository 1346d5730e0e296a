using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace Wijkpeil.Cli.Infrastructure;

/// <summary>
/// <c>--help</c> in Dutch. System.CommandLine ships no Dutch resources and keeps its help builder internal,
/// so its headings ("Usage:", "Options:") would frame our Dutch descriptions in English; this writes the
/// same sections with Dutch headings, plus per-command notes (examples, file formats, exit codes).
/// </summary>
internal sealed class DutchHelpAction(string toolName, IReadOnlyDictionary<Command, string> notes) : SynchronousCommandLineAction
{
    private const int Width = 100;
    private const int MaxLabelWidth = 34;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(Render(parseResult.CommandResult.Command));
        return ExitCodes.Success;
    }

    /// <summary>The help text of one command, also shown (on stderr) after a usage error.</summary>
    public string Render(Command command, bool includeNotes = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            text.AppendLine("Beschrijving:");
            AppendWrapped(text, command.Description, indent: 2);
            text.AppendLine();
        }

        text.AppendLine("Gebruik:");
        text.Append("  ").AppendLine(Usage(command));
        text.AppendLine();

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (Label: $"<{a.HelpName ?? a.Name}>", a.Description)).ToList();
        AppendSection(text, "Argumenten:", arguments);

        var options = OptionsOf(command).Select(o => (Label: OptionLabel(o), o.Description)).ToList();
        AppendSection(text, "Opties:", options);

        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => (Label: SubcommandLabel(c), c.Description)).ToList();
        AppendSection(text, "Opdrachten:", subcommands);

        if (includeNotes && notes.TryGetValue(command, out var note))
        {
            text.AppendLine(note.TrimEnd());
            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>How the user reaches a command: <c>wijkpeil import observations</c>.</summary>
    public static string CommandPath(string toolName, Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var path = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Add(current is RootCommand ? toolName : current.Name);
        }

        path.Reverse();
        return string.Join(' ', path);
    }

    private string Usage(Command command)
    {
        var path = new List<string> { CommandPath(toolName, command) };
        path.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>"));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            path.Add("<opdracht>");
        }

        if (OptionsOf(command).Count > 0)
        {
            path.Add("[opties]");
        }

        return string.Join(' ', path);
    }

    /// <summary>The command's own options, then those it inherits (such as --help) from its ancestors.</summary>
    private static List<Option> OptionsOf(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        }

        return options;
    }

    private static string OptionLabel(Option option)
    {
        // The help option also answers to -?, /? and /h; listing those only adds noise.
        var names = option.Aliases.Append(option.Name)
            .Where(n => n.StartsWith('-') && n != "-?")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0)
        {
            label += $" <{option.HelpName ?? option.Name.TrimStart('-')}>";
        }

        return label;
    }

    private static string SubcommandLabel(Command command)
    {
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.HelpName ?? a.Name}>");
        return command.Name + string.Concat(arguments);
    }

    private static void AppendSection(StringBuilder text, string title, List<(string Label, string? Description)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine(title);
        var labelWidth = Math.Min(MaxLabelWidth, rows.Max(r => r.Label.Length));
        var descriptionIndent = 2 + labelWidth + 2;
        foreach (var (label, description) in rows)
        {
            text.Append("  ").Append(label);
            if (string.IsNullOrWhiteSpace(description))
            {
                text.AppendLine();
                continue;
            }

            if (label.Length > labelWidth)
            {
                // A label longer than the column gets its description on the next line, still aligned.
                text.AppendLine().Append(' ', descriptionIndent);
            }
            else
            {
                text.Append(' ', labelWidth - label.Length + 2);
            }

            AppendWrapped(text, description, descriptionIndent, firstLineIndented: true);
        }

        text.AppendLine();
    }

    private static void AppendWrapped(StringBuilder text, string paragraph, int indent, bool firstLineIndented = false)
    {
        var lineLength = 0;
        var first = true;
        if (!firstLineIndented)
        {
            text.Append(' ', indent);
        }

        foreach (var line in paragraph.Split('\n'))
        {
            if (!first)
            {
                text.AppendLine().Append(' ', indent);
                lineLength = 0;
            }

            first = false;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineLength > 0 && indent + lineLength + 1 + word.Length > Width)
                {
                    text.AppendLine().Append(' ', indent);
                    lineLength = 0;
                }

                if (lineLength > 0)
                {
                    text.Append(' ');
                    lineLength++;
                }

                text.Append(word);
                lineLength += word.Length;
            }
        }

        text.AppendLine();
    }
}
