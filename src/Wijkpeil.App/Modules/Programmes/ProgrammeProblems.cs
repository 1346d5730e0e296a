namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// The codes of the problems this module's use cases answer beside the domain's own (e.g. <c>pillar.duplicate</c>,
/// <c>focus_area.level</c>, which pass through unchanged). Every code is a key in ProgrammeText.resx (Dutch) and
/// ProgrammeText.en.resx (English); the arguments fill its placeholders.
/// </summary>
public static class ProgrammeProblems
{
    /// <summary>No programme has the slug asked for. Argument: the slug.</summary>
    public const string NotFound = "programme.not_found";

    /// <summary>The caller may not set up programmes (only a ProgrammeManager may).</summary>
    public const string Forbidden = "programme.forbidden";

    /// <summary>Another programme has this slug. Argument: the slug.</summary>
    public const string SlugTaken = "programme.slug.taken";

    /// <summary>An area code that is not in the area register. Argument: the code.</summary>
    public const string AreaUnknown = "programme.area.unknown";

    /// <summary>An indicator code that is not in the catalogue. Argument: the code.</summary>
    public const string IndicatorUnknown = "programme.indicator.unknown";

    /// <summary>A breakdown code no import has brought. Argument: the code.</summary>
    public const string BreakdownUnknown = "programme.breakdown.unknown";

    /// <summary>A wave's period that is not in the periods table. Argument: the period code.</summary>
    public const string PeriodUnknown = "programme.wave.period.unknown";

    /// <summary>A wave's source table no indicator is mapped to. Argument: the source table.</summary>
    public const string SourceUnknown = "programme.wave.source.unknown";

    /// <summary>A pillar left out while projects or stories use it. Argument: the pillar number.</summary>
    public const string PillarInUse = "programme.pillar.in_use";

    /// <summary>A focus area left out (or renamed) while projects or stories use it. Argument: the focus area's slug.</summary>
    public const string FocusAreaInUse = "programme.focus_area.in_use";
}
