namespace Wijkpeil.App.Modules.Monitor;

// What the monitor says about a figure it derived (Reading/FigureDerivation), in the read models of pages and downloads.

/// <summary>How a unit's figure of an indicator came about.</summary>
public enum DerivationKind
{
    /// <summary>Summed over the members (register counts).</summary>
    Sum,

    /// <summary>Scale × numerator / denominator, both summed over the members first.</summary>
    Ratio,

    /// <summary>Not derivable (a survey estimate, a mean, a percentage without counts): the members are shown side by side.</summary>
    SideBySide,

    /// <summary>Derivable, but a member lacks a published figure: no derived figure.</summary>
    Missing,
}

/// <summary>
/// What a page, factsheet, API or download says about a unit's figure of an indicator, in Dutch and English:
/// "afgeleid: som van Batau Zuid en Batau Noord". <see cref="Members"/> are the areas used.
/// </summary>
public sealed record DerivationNote(DerivationKind Kind, string TextNl, string TextEn, IReadOnlyList<string> Members)
{
    /// <summary>Whether the unit has a derived figure (as against "zie deelgebieden" or a missing member).</summary>
    public bool IsDerived => Kind is DerivationKind.Sum or DerivationKind.Ratio;

    /// <summary>The note with a remark after it (e.g. that crimes without a buurt are missing from a sum of buurten).</summary>
    public DerivationNote WithRemark(string remarkNl, string remarkEn) => this with { TextNl = $"{TextNl}; {remarkNl}", TextEn = $"{TextEn}; {remarkEn}" };
}
