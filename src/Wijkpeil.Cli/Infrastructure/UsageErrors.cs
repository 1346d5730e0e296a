using System.CommandLine;
using System.CommandLine.Parsing;

namespace Wijkpeil.Cli.Infrastructure;

/// <summary>
/// Parse errors in Dutch. System.CommandLine has no Dutch resources, so the common mistakes are described
/// from the parse tree (which symbol failed, with which tokens); anything rarer keeps the library's text.
/// </summary>
internal static class UsageErrors
{
    public static List<string> Describe(ParseResult parseResult)
    {
        var messages = new List<string>();
        foreach (var token in parseResult.UnmatchedTokens)
        {
            messages.Add($"onbekende opdracht, optie of argument '{token}'.");
        }

        foreach (var error in parseResult.Errors)
        {
            var message = error.SymbolResult switch
            {
                CommandResult { Command: { Action: null } group } when group.Subcommands.Count > 0 =>
                    $"geef een opdracht op: {string.Join(", ", group.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.",
                CommandResult when parseResult.UnmatchedTokens.Count > 0 => null,
                ArgumentResult { Tokens.Count: 0 } argument => $"het argument <{argument.Argument.HelpName ?? argument.Argument.Name}> ontbreekt.",
                OptionResult { Tokens.Count: 0 } option => $"de optie {option.Option.Name} verwacht een waarde.",
                OptionResult option => InvalidValue(option, error.Message),
                _ => error.Message,
            };
            if (message is not null && !messages.Contains(message))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    private static string InvalidValue(OptionResult result, string original)
    {
        var option = result.Option;
        var value = string.Join(' ', result.Tokens.Select(t => t.Value));
        var valueType = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (valueType == typeof(int))
        {
            return $"ongeldige waarde '{value}' voor {option.Name}: verwacht een geheel getal, zoals 2024.";
        }

        // Options with a fixed set of values show it as their help name: csv|json|xlsx.
        if (option.HelpName?.Contains('|', StringComparison.Ordinal) == true)
        {
            return $"ongeldige waarde '{value}' voor {option.Name}: kies uit {option.HelpName.Replace("|", ", ", StringComparison.Ordinal)}.";
        }

        return original;
    }
}
