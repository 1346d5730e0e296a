namespace Wijkpeil.App.Modules.Indicators;

/// <summary>
/// The codes of the problems the indicator use cases answer. Every code is a key in IndicatorText.resx (Dutch) and
/// IndicatorText.en.resx (English); the arguments fill its placeholders.
/// </summary>
public static class IndicatorProblems
{
    /// <summary>No indicator has the code asked for. Argument: the code.</summary>
    public const string NotFound = "indicator.not_found";

    /// <summary>The caller may not manage the catalogue (only a KnowledgePartner or ProgrammeManager may).</summary>
    public const string Forbidden = "indicator.forbidden";

    /// <summary>A code that is empty, too long or has spaces. Argument: the longest length.</summary>
    public const string CodeInvalid = "indicator.code.invalid";

    /// <summary>Another indicator has this code (also in another case). Argument: the code.</summary>
    public const string CodeTaken = "indicator.code.taken";

    /// <summary>The code of an existing indicator cannot change (links, downloads and files name it). Argument: the code.</summary>
    public const string CodeFixed = "indicator.code.fixed";

    /// <summary>A required text left empty.</summary>
    public const string Required = "indicator.required";

    /// <summary>A text longer than allowed. Argument: the longest length.</summary>
    public const string TooLong = "indicator.too_long";

    /// <summary>No kind chosen.</summary>
    public const string KindRequired = "indicator.kind.required";

    /// <summary>No polarity chosen.</summary>
    public const string PolarityRequired = "indicator.polarity.required";

    /// <summary>Neither survey nor register chosen.</summary>
    public const string SourceKindRequired = "indicator.source_kind.required";

    /// <summary>A percentage whose unit is not %. Argument: the unit.</summary>
    public const string PercentageUnit = "indicator.unit.percentage";

    /// <summary>A mapping without source table or measure key.</summary>
    public const string MappingRequired = "indicator.mapping.required";

    /// <summary>The same (table, key) twice in the list. Arguments: table, key.</summary>
    public const string MappingDuplicate = "indicator.mapping.duplicate";

    /// <summary>The (table, key) feeds another indicator. Arguments: table, key, the other indicator's code.</summary>
    public const string MappingTaken = "indicator.mapping.taken";

    /// <summary>A ratio without numerator, denominator or scale (all three or none).</summary>
    public const string RatioIncomplete = "indicator.ratio.incomplete";

    /// <summary>A ratio names an indicator the catalogue lacks. Argument: the code.</summary>
    public const string RatioUnknown = "indicator.ratio.unknown";

    /// <summary>A ratio names the indicator itself. Argument: the code.</summary>
    public const string RatioSelf = "indicator.ratio.self";

    /// <summary>A ratio's scale that is not greater than zero.</summary>
    public const string RatioScale = "indicator.ratio.scale";

    /// <summary>The indicator is retired already. Argument: the code.</summary>
    public const string AlreadyRetired = "indicator.retired.already";

    /// <summary>The indicator is in a programme's kernset. Arguments: the code, the programme slugs.</summary>
    public const string InKernset = "indicator.retire.in_kernset";
}
