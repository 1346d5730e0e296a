using System.Collections.Frozen;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// Dutch compounds of the programme's vocabulary that people also write as two words ("buurthuis", "buurt huis",
/// "buurt-huis"). Applied in the app at index time, so it works the same on SQLite and PostgreSQL: a compound adds the
/// terms of its parts, and the two parts side by side add the compound's term. A search for either form then finds
/// both, and a search for one part ("huis") finds the compound too.
/// </summary>
/// <remarks>
/// Entries are written as words and stemmed like any text, so their inflected forms ("buurthuizen",
/// "ontmoetingsplekken") are covered. Add a compound here when coordinators report a search that missed; the index
/// picks it up for a lesson when the lesson is next saved (or when all lessons are re-indexed).
/// </remarks>
internal static class CompoundThesaurus
{
    private static readonly (string Compound, string First, string Second)[] Entries =
    [
        ("buurthuis", "buurt", "huis"),
        ("wijkcentrum", "wijk", "centrum"),
        ("ontmoetingsplek", "ontmoeting", "plek"),
        ("ontmoetingsplaats", "ontmoeting", "plaats"),
        ("jongerenwerk", "jongeren", "werk"),
        ("jongerenwerker", "jongeren", "werker"),
        ("wijkaanpak", "wijk", "aanpak"),
        ("buurtbewoner", "buurt", "bewoner"),
        ("wijkteam", "wijk", "team"),
        ("speeltuin", "speel", "tuin"),
    ];

    private static readonly FrozenDictionary<string, (string First, string Second)> PartsByCompound =
        Entries.ToFrozenDictionary(e => DutchStems.Of(e.Compound), e => (DutchStems.Of(e.First), DutchStems.Of(e.Second)));

    private static readonly FrozenDictionary<(string First, string Second), string> CompoundByParts =
        PartsByCompound.ToFrozenDictionary(e => e.Value, e => e.Key);

    /// <summary>The stems of the two parts when <paramref name="stem"/> is a listed compound.</summary>
    public static bool TrySplit(string stem, out (string First, string Second) parts) =>
        PartsByCompound.TryGetValue(stem, out parts);

    /// <summary>The compound's stem when <paramref name="first"/> followed by <paramref name="second"/> spells one.</summary>
    public static bool TryJoin(string first, string second, out string compound) =>
        CompoundByParts.TryGetValue((first, second), out compound!);
}
