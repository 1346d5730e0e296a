using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A scheme run outside Wijkpeil: a record of the fact that a gemeente opened a subsidieregeling (the progress letter
/// says so), without the plafond, dates, criteria or terms Wijkpeil does not know.
/// </summary>
/// <remarks>
/// Such a scheme is published and, as far as Wijkpeil knows, open (<see cref="SchemeStatus.Open"/>, "opengesteld"),
/// but it never accepts an application here (<see cref="AcceptsApplicationsOn"/>): people apply at the gemeente. Its
/// plafond is 0, so the ledger refuses any grant; pages show "plafond niet bekend in Wijkpeil" instead of an amount.
/// <see cref="OpensOn"/> and <see cref="ClosesOn"/> hold the day it was recorded only because the columns are not
/// nullable; they mean nothing and no page shows them. It is a record, not an editable call: <see cref="Change"/>,
/// <see cref="Publish"/> and <see cref="ChangePlafond"/> refuse it (delete it and define a real scheme instead).
/// </remarks>
public sealed partial class SubsidyScheme
{
    /// <summary>Whether the scheme is run outside Wijkpeil (see the remarks of <see cref="RecordRunElsewhere"/>).</summary>
    public bool IsRunElsewhere { get; private set; }

    /// <summary>
    /// Records a scheme the gemeente runs outside Wijkpeil, published at <paramref name="publishedAt"/>; see the class remarks.
    /// </summary>
    public static Result<SubsidyScheme> RecordRunElsewhere(
        string slug,
        string? name,
        string? description,
        int programmeId,
        AreaCode gemeente,
        IReadOnlyList<string> focusAreas,
        IReadOnlyList<int> projectIds,
        DateTimeOffset publishedAt)
    {
        ArgumentNullException.ThrowIfNull(focusAreas);
        ArgumentNullException.ThrowIfNull(projectIds);
        var slugCheck = Programmes.Slug.Check(slug, "subsidy.scheme");
        if (!slugCheck.IsSuccess)
        {
            return slugCheck.Error! with { Field = "slug", Arguments = [slug] };
        }

        var text = TextRules.Required(name, NameMaxLength, "subsidy.scheme.name", "de naam van de regeling", "name");
        var about = TextRules.OptionalRaw(description, DescriptionMaxLength, "subsidy.scheme.description", "de beschrijving", "description");
        if ((text.Error ?? about.Error) is { } error)
        {
            return error;
        }

        if (gemeente.Level != AreaLevel.Municipality)
        {
            return new DomainError("subsidy.scheme.gemeente", $"Een regeling hoort bij een gemeente (GMnnnn), niet bij {gemeente}.", "gemeente", gemeente.Value);
        }

        // The day of the record, in both date columns: meaningless for such a scheme and never shown.
        var day = DateOnly.FromDateTime(publishedAt.DateTime);
        return new SubsidyScheme
        {
            IsRunElsewhere = true,
            Slug = slugCheck.Value,
            Name = text.Value,
            Description = about.Value,
            ProgrammeId = programmeId,
            Gemeente = gemeente,
            FocusAreas = [.. focusAreas.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal)],
            ProjectIds = [.. projectIds.Distinct()],
            Allocation = AllocationMethod.FirstComeFirstServed,
            OpensOn = day,
            ClosesOn = day,
            ScaleMin = 1,
            ScaleMax = 5,
            MinimumScore = 1,
            DecisionTermWeeks = 8,
            FinalReportTermWeeks = 13,
            ObjectionClause = DefaultObjectionClause,
            PublishedAt = publishedAt,
        };
    }

    private static DomainError RunElsewhereRefusal() =>
        new("subsidy.scheme.run_elsewhere", "Deze regeling loopt buiten Wijkpeil: Wijkpeil legt alleen vast dat ze bestaat. Verwijder haar en maak een eigen regeling om aanvragen in Wijkpeil te behandelen.", null);
}
