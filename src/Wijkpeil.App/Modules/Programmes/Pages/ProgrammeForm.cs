using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Programmes.Pages;

/// <summary>
/// What the programme form posts: the whole definition as typed (numbers as text, member codes in one box), plus the
/// button pressed. Rows are added, removed and moved by submit buttons (<see cref="Command"/>), so the form works
/// without JavaScript; row i of a list is item i of the definition, so the use case's field paths
/// (<c>focusAreas[1].members[0]</c>) name the row they belong to.
/// </summary>
public sealed partial class ProgrammeForm
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    // The form binder sets a list the post does not name to null, and leaves gaps in one with missing indices.
    public List<PillarRow> Pillars { get; set => field = [.. (value ?? []).OfType<PillarRow>()]; } = [];

    public List<FocusAreaRow> FocusAreas { get; set => field = [.. (value ?? []).OfType<FocusAreaRow>()]; } = [];

    /// <summary>Area codes, separated by spaces or commas; empty for the default (each provincie, then Nederland).</summary>
    public string? ReferenceAreas { get; set; }

    /// <summary>The text of the reference areas' name search.</summary>
    public string? ReferenceSearch { get; set; }

    public List<KernsetRow> Kernset { get; set => field = [.. (value ?? []).OfType<KernsetRow>()]; } = [];

    public List<WaveRow> Waves { get; set => field = [.. (value ?? []).OfType<WaveRow>()]; } = [];

    /// <summary>The submit button pressed: empty to save, else a row command such as <c>add:pillars</c> or <c>pick:0:WK034403</c>.</summary>
    public string? Command { get; set; }

    /// <summary>A new programme: one empty pillar and focus area to start from.</summary>
    public static ProgrammeForm New() => new() { Pillars = [new()], FocusAreas = [new()] };

    /// <summary>A stored programme's definition, to start editing from.</summary>
    public static ProgrammeForm From(ProgrammeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new ProgrammeForm
        {
            Slug = definition.Slug,
            Name = definition.Name,
            Description = definition.Description,
            Pillars = [.. (definition.Pillars ?? []).Select(p => new PillarRow { Number = Text(p.Number), NameNl = p.NameNl, NameEn = p.NameEn })],
            FocusAreas = [.. (definition.FocusAreas ?? []).Select(f => new FocusAreaRow { Slug = f.Slug, Name = f.Name, Members = string.Join(' ', f.Members ?? []) })],
            ReferenceAreas = definition.ReferenceAreas is null ? null : string.Join(' ', definition.ReferenceAreas),
            Kernset = [.. (definition.Kernset ?? []).Select(k => new KernsetRow { Indicator = k.Indicator, Breakdown = k.Breakdown, Pillar = Text(k.Pillar) })],
            Waves = [.. (definition.Waves ?? []).Select(w => new WaveRow
            {
                Slug = w.Slug,
                Name = w.Name,
                Sources = [.. (w.Sources ?? []).Select(s => new WaveSourceRow { SourceTable = s.SourceTable, Period = s.Period })],
            })],
        };
    }

    /// <summary>The definition to save. A number that is no number becomes 0, which the use case refuses at its field.</summary>
    public ProgrammeDefinition ToDefinition() => new(
        Slug?.Trim(),
        Name,
        string.IsNullOrWhiteSpace(Description) ? null : Description,
        [.. Pillars.Select(p => new PillarDefinition(Number(p.Number), p.NameNl, string.IsNullOrWhiteSpace(p.NameEn) ? null : p.NameEn))],
        [.. FocusAreas.Select(f => new FocusAreaDefinition(f.Slug?.Trim(), f.Name, Codes(f.Members)))],
        string.IsNullOrWhiteSpace(ReferenceAreas) ? null : Codes(ReferenceAreas),
        [.. Kernset.Select(k => new KernsetDefinition(k.Indicator, string.IsNullOrWhiteSpace(k.Breakdown) ? null : k.Breakdown, Number(k.Pillar)))],
        [.. Waves.Select(w => new WaveDefinition(w.Slug?.Trim(), w.Name, [.. w.Sources.Select(s => new WaveSourceDefinition(s.SourceTable, s.Period))]))]);

    /// <summary>Carries out a row command; false when <see cref="Command"/> is none (the form is to be saved).</summary>
    public bool ApplyCommand()
    {
        var parts = (Command ?? string.Empty).Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        switch (parts[0])
        {
            case "add":
                switch (parts.ElementAtOrDefault(1))
                {
                    case "pillars": Pillars.Add(new()); break;
                    case "focusAreas": FocusAreas.Add(new()); break;
                    case "kernset": Kernset.Add(new()); break;
                    case "waves": Waves.Add(new() { Sources = [new()] }); break;
                    case "sources" when At(2) is var w && w >= 0 && w < Waves.Count: Waves[w].Sources.Add(new()); break;
                }

                return true;
            case "remove":
                switch (parts.ElementAtOrDefault(1))
                {
                    case "pillars": RemoveAt(Pillars, At(2)); break;
                    case "focusAreas": RemoveAt(FocusAreas, At(2)); break;
                    case "kernset": RemoveAt(Kernset, At(2)); break;
                    case "waves": RemoveAt(Waves, At(2)); break;
                    case "sources" when At(2) is var w && w >= 0 && w < Waves.Count: RemoveAt(Waves[w].Sources, At(3)); break;
                }

                return true;
            case "up":
                switch (parts.ElementAtOrDefault(1))
                {
                    case "pillars": MoveUp(Pillars, At(2)); break;
                    case "kernset": MoveUp(Kernset, At(2)); break;
                    case "waves": MoveUp(Waves, At(2)); break;
                }

                return true;
            case "search":
                return true;
            case "pick" when parts.Length > 2 && parts[1] == "reference":
                AddReference(parts[2]);
                return true;
            case "pick" when At(1) is var f && f >= 0 && f < FocusAreas.Count && parts.Length > 2:
                AddMember(f, parts[2]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Adds an area to a focus area's members (once) and empties its search box.</summary>
    public void AddMember(int focusArea, string code)
    {
        var members = Codes(FocusAreas[focusArea].Members);
        FocusAreas[focusArea].Members = string.Join(' ', members.Contains(code, StringComparer.OrdinalIgnoreCase) ? members : [.. members, code]);
        FocusAreas[focusArea].Search = null;
    }

    /// <summary>Adds an area to the reference areas (once) and empties their search box.</summary>
    public void AddReference(string code)
    {
        var references = Codes(ReferenceAreas);
        ReferenceAreas = string.Join(' ', references.Contains(code, StringComparer.OrdinalIgnoreCase) ? references : [.. references, code]);
        ReferenceSearch = null;
    }

    /// <summary>Whether the reference areas' name search was asked for.</summary>
    public bool SearchedReferences() => Command == "search:reference";

    /// <summary>The focus area whose name search was asked for, or -1.</summary>
    public int SearchedFocusArea() =>
        Command?.Split(':') is ["search", var index] && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < FocusAreas.Count ? i : -1;

    /// <summary>
    /// The HTML id of every field the form shows, by the use case's field path; a member or reference code maps to its
    /// box, a list to its fieldset.
    /// </summary>
    public Dictionary<string, string> FieldIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string path) => ids[path] = Id(path);
        foreach (var field in new[] { "slug", "name", "description", "pillars", "focusAreas", "referenceAreas", "referenceAreas.search", "kernset", "waves" })
        {
            Add(field);
        }

        for (var i = 0; i < Pillars.Count; i++)
        {
            Add($"pillars[{i}]");
            Add($"pillars[{i}].number");
            Add($"pillars[{i}].nameNl");
            Add($"pillars[{i}].nameEn");
        }

        for (var i = 0; i < FocusAreas.Count; i++)
        {
            Add($"focusAreas[{i}]");
            Add($"focusAreas[{i}].slug");
            Add($"focusAreas[{i}].name");
            Add($"focusAreas[{i}].members");
            Add($"focusAreas[{i}].search");
            for (var j = 0; j < Codes(FocusAreas[i].Members).Count; j++)
            {
                ids[$"focusAreas[{i}].members[{j}]"] = Id($"focusAreas[{i}].members");
            }
        }

        for (var k = 0; k < Codes(ReferenceAreas).Count; k++)
        {
            ids[$"referenceAreas[{k}]"] = Id("referenceAreas");
        }

        for (var i = 0; i < Kernset.Count; i++)
        {
            Add($"kernset[{i}]");
            Add($"kernset[{i}].indicator");
            Add($"kernset[{i}].breakdown");
            Add($"kernset[{i}].pillar");
        }

        for (var i = 0; i < Waves.Count; i++)
        {
            Add($"waves[{i}]");
            Add($"waves[{i}].slug");
            Add($"waves[{i}].name");
            Add($"waves[{i}].sources");
            for (var j = 0; j < Waves[i].Sources.Count; j++)
            {
                Add($"waves[{i}].sources[{j}]");
                Add($"waves[{i}].sources[{j}].sourceTable");
                Add($"waves[{i}].sources[{j}].period");
            }
        }

        return ids;
    }

    /// <summary>The HTML id of a field path: <c>focusAreas[1].members</c> → <c>programma-focusAreas-1-members</c>.</summary>
    public static string Id(string path) => "programma-" + NotAWord().Replace(path, "-").Trim('-');

    /// <summary>Area codes typed in one box, separated by spaces, commas or semicolons, upper case.</summary>
    public static IReadOnlyList<string> Codes(string? text) =>
        [.. (text ?? string.Empty).Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant())];

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static int Number(string? text) => int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static void RemoveAt<T>(List<T> list, int index)
    {
        if (index >= 0 && index < list.Count)
        {
            list.RemoveAt(index);
        }
    }

    private static void MoveUp<T>(List<T> list, int index)
    {
        if (index > 0 && index < list.Count)
        {
            (list[index - 1], list[index]) = (list[index], list[index - 1]);
        }
    }

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NotAWord();
}

/// <summary>A pillar row.</summary>
public sealed class PillarRow
{
    public string? Number { get; set; }

    public string? NameNl { get; set; }

    public string? NameEn { get; set; }
}

/// <summary>A focus-area row: its members as codes in one box, and the text of its name search.</summary>
public sealed class FocusAreaRow
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    public string? Members { get; set; }

    public string? Search { get; set; }
}

/// <summary>A kernset row.</summary>
public sealed class KernsetRow
{
    public string? Indicator { get; set; }

    public string? Breakdown { get; set; }

    public string? Pillar { get; set; }
}

/// <summary>A wave row with its sources.</summary>
public sealed class WaveRow
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    public List<WaveSourceRow> Sources { get; set => field = [.. (value ?? []).OfType<WaveSourceRow>()]; } = [];
}

/// <summary>One source of a wave.</summary>
public sealed class WaveSourceRow
{
    public string? SourceTable { get; set; }

    public string? Period { get; set; }
}
