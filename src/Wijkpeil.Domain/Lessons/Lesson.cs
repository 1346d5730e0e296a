using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Lessons;

/// <summary>
/// A lesson learnt in the programme (issue 14, point 4): what was tried where, what happened, what made it work and
/// how well that is founded, with where it came from and whom to ask. Captured in five fields when work ends (an event
/// closed, a project completed) and completed later; only published lessons are public.
/// </summary>
public sealed class Lesson
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4_000;
    public const int AreaKindMaxLength = 200;
    public const int ContactMaxLength = 300;
    public const int IndicatorCodeMaxLength = 100;
    public const int MaxTags = 10;
    public const int TagMaxLength = 50;
    public const int MaxFocusAreas = 10;

    private Lesson()
    {
        Title = string.Empty;
        WhatWasTried = string.Empty;
        WhatHappened = string.Empty;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public List<string> FocusAreaCodes { get; private set; } = [];

    public List<int> PillarNumbers { get; private set; } = [];

    public string? AreaKind { get; private set; }

    public string? Context { get; private set; }

    public string WhatWasTried { get; private set; }

    public int? ProjectId { get; private set; }

    public string WhatHappened { get; private set; }

    public string? IndicatorCode { get; private set; }

    public int? OutputMeasureId { get; private set; }

    public string? OutcomeCaveat { get; private set; }

    public string? EffectiveElements { get; private set; }

    public LessonMaturity Maturity { get; private set; }

    public LessonSourceKind? SourceKind { get; private set; }

    public int? SourceEventId { get; private set; }

    public int? SourceId { get; private set; }

    public string? Contact { get; private set; }

    /// <summary>Lower case, each once, in the order given.</summary>
    public List<string> Tags { get; private set; } = [];

    public bool IsPublished { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A new, unpublished lesson.</summary>
    public static Result<Lesson> Create(LessonDetails details, DateTimeOffset now)
    {
        var lesson = new Lesson { CreatedAt = now };
        var applied = lesson.Apply(details, now);
        return applied.IsSuccess ? lesson : applied.Error!;
    }

    /// <summary>Replaces the details; nothing changes when one is refused.</summary>
    public Result<Lesson> Change(LessonDetails details, DateTimeOffset now) => Apply(details, now);

    /// <summary>Shows the lesson in the public library.</summary>
    public void Publish() => IsPublished = true;

    /// <summary>Takes it out of the public library again (it stays for editors).</summary>
    public void Withdraw() => IsPublished = false;

    /// <summary>The prose the search indexes and shows snippets of, in reading order.</summary>
    public string SearchText() =>
        string.Join("\n\n", new[] { Context, AreaKind, WhatWasTried, WhatHappened, OutcomeCaveat, EffectiveElements }.Where(t => !string.IsNullOrWhiteSpace(t)));

    private Result<Lesson> Apply(LessonDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = TextRules.Required(details.Title, TitleMaxLength, "lesson.title", "de titel", "title");
        var tried = TextRules.Required(details.WhatWasTried, TextMaxLength, "lesson.tried", "wat er is geprobeerd", "whatWasTried");
        var happened = TextRules.Required(details.WhatHappened, TextMaxLength, "lesson.happened", "wat er gebeurde", "whatHappened");
        var elements = TextRules.Optional(details.EffectiveElements, TextMaxLength, "lesson.elements", "de werkzame elementen", "effectiveElements");
        var context = TextRules.Optional(details.Context, TextMaxLength, "lesson.context", "de context", "context");
        var areaKind = TextRules.Optional(details.AreaKind, AreaKindMaxLength, "lesson.area_kind", "het soort wijk", "areaKind");
        var caveat = TextRules.Optional(details.OutcomeCaveat, TextMaxLength, "lesson.caveat", "de kanttekening", "outcomeCaveat");
        var contact = TextRules.Optional(details.Contact, ContactMaxLength, "lesson.contact", "het contact", "contact");
        var indicator = TextRules.Optional(details.IndicatorCode, IndicatorCodeMaxLength, "lesson.indicator", "de indicatorcode", "indicatorCode");
        var tags = LessonRules.Tags(details.Tags);
        var problem = title.Error ?? tried.Error ?? happened.Error ?? elements.Error ?? context.Error ?? areaKind.Error ?? caveat.Error
            ?? contact.Error ?? indicator.Error ?? tags.Error ?? Check(details, caveat.IsSuccess ? caveat.Value : null);
        if (problem is not null)
        {
            return problem;
        }

        Title = title.Value;
        WhatWasTried = tried.Value;
        WhatHappened = happened.Value;
        EffectiveElements = elements.Value;
        Context = context.Value;
        AreaKind = areaKind.Value;
        OutcomeCaveat = caveat.Value;
        Contact = contact.Value;
        IndicatorCode = indicator.Value;
        OutputMeasureId = details.OutputMeasureId;
        Maturity = details.Maturity;
        FocusAreaCodes = [.. details.FocusAreaCodes.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct()];
        PillarNumbers = [.. details.PillarNumbers.Distinct().Order()];
        ProjectId = details.ProjectId;
        SourceKind = details.SourceKind;
        SourceEventId = details.SourceKind == LessonSourceKind.Event ? details.SourceEventId : null;
        SourceId = details.SourceKind is LessonSourceKind.Evaluation or LessonSourceKind.ExternalReport ? details.SourceId : null;
        Tags = tags.Value;
        UpdatedAt = now;
        return this;
    }

    private static DomainError? Check(LessonDetails details, string? caveat)
    {
        if (!Enum.IsDefined(details.Maturity))
        {
            return new DomainError("lesson.maturity.invalid", "Kies hoe onderbouwd de les is: praktijkervaring, beschreven of onderbouwd.", "maturity");
        }

        if (details.FocusAreaCodes.Count > MaxFocusAreas)
        {
            return new DomainError("lesson.focus_areas.too_many", string.Create(CultureInfo.InvariantCulture, $"Noem ten hoogste {MaxFocusAreas} focusgebieden."), "focusAreaCodes", MaxFocusAreas);
        }

        if (details.OutputMeasureId is not null && details.ProjectId is null)
        {
            return new DomainError("lesson.output.project_required", "Een outputmaat hoort bij een project: kies eerst het project waarin het is geprobeerd.", "outputMeasureId");
        }

        if ((details.IndicatorCode is { Length: > 0 } || details.OutputMeasureId is not null) && caveat is null)
        {
            return new DomainError("lesson.caveat.required", "Zeg bij een gekoppeld cijfer waarom het de les niet bewijst (andere oorzaken, kleine aantallen).", "outcomeCaveat");
        }

        return LessonRules.Source(details);
    }
}
