using System.Security.Claims;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Accounts.Contracts;

/// <summary>
/// Who reads, as far as unpublished content is concerned: the one place that decides who sees draft projects,
/// unpublished stories and unpublished figures (docs/architecture.md, "Who sees what"). Every read of those
/// three takes an audience and filters through one <c>VisibleTo</c> per content type, in the module that owns it.
/// </summary>
/// <remarks>
/// Figures are published-only for every web caller: a draft's values wait in <c>pending_observations</c> and
/// are seen on the review page of their import only. Output-cached pages read as <see cref="Public"/>, never
/// through <see cref="Of"/>, so the cache cannot hold anything the public may not see.
/// </remarks>
public sealed class Audience
{
    private Audience(string name, bool seesDrafts, bool seesUnpublishedFigures)
    {
        Name = name;
        SeesDrafts = seesDrafts;
        SeesUnpublishedFigures = seesUnpublishedFigures;
    }

    /// <summary>Anonymous visitors, every output-cached page and every export by default.</summary>
    public static Audience Public { get; } = new(nameof(Public), seesDrafts: false, seesUnpublishedFigures: false);

    /// <summary>Signed-in accounts of any role: draft projects and unpublished stories too; figures as the public sees them.</summary>
    public static Audience SignedIn { get; } = new(nameof(SignedIn), seesDrafts: true, seesUnpublishedFigures: false);

    /// <summary>
    /// An operator at the command line who asks for it (<c>--include-unpublished</c>): figures of any status, with
    /// their values even when too few respondents answered. Never a web caller.
    /// </summary>
    public static Audience Operator { get; } = new(nameof(Operator), seesDrafts: true, seesUnpublishedFigures: true);

    public string Name { get; }

    /// <summary>Draft (unpublished) projects and stories that are unpublished or lack consent.</summary>
    public bool SeesDrafts { get; }

    /// <summary>Figures whose status is not published, and small-number values without suppression.</summary>
    public bool SeesUnpublishedFigures { get; }

    /// <summary>The audience of a web request: signed in with any Wijkpeil role, or the public.</summary>
    public static Audience Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return WijkpeilPermissions.CanReadDrafts(user) ? SignedIn : Public;
    }

    /// <summary>
    /// The small-number rule this audience reads figures under: the public's (a survey figure on fewer than
    /// <paramref name="minimumSampleSize"/> respondents loses its value), or none for an operator's raw export.
    /// </summary>
    public SmallNumberPolicy? SmallNumbers(int minimumSampleSize) =>
        SeesUnpublishedFigures ? null : new SmallNumberPolicy(minimumSampleSize);

    public override string ToString() => Name;
}

/// <summary>
/// The audience's rule applied where a module holds no query: the query filters are each in the module that owns the
/// table (<c>ObservationVisibility</c>, <c>ProjectVisibility</c>, <c>StoryVisibility</c>), and ask only
/// <see cref="Audience.SeesDrafts"/> and <see cref="Audience.SeesUnpublishedFigures"/>.
/// </summary>
public static class AudienceFilters
{
    /// <summary>Whether a linked project's title may be shown to this audience (the project is itself visible).</summary>
    public static bool MayShowProject(this Audience audience, bool projectIsPublished)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return projectIsPublished || audience.SeesDrafts;
    }
}
