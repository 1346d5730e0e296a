using System.Security.Claims;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Statistics;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Accounts.Contracts;

/// <summary>
/// Who reads, as far as unpublished content is concerned: the one place that decides who sees draft projects,
/// unpublished stories and unpublished figures (docs/architecture.md, "Who sees what"). Every read of those
/// three takes an audience and filters through <see cref="AudienceFilters"/>.
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

/// <summary>The visibility rule per content type, as query filters: nothing else in the code base decides it.</summary>
public static class AudienceFilters
{
    /// <summary>Published figures, unless an operator asked for everything.</summary>
    public static IQueryable<Observation> VisibleTo(this IQueryable<Observation> observations, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesUnpublishedFigures ? observations : observations.Where(o => o.Status == ObservationStatus.Published);
    }

    /// <summary>Published projects, and drafts for signed-in readers.</summary>
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesDrafts ? projects : projects.Where(p => p.IsPublished);
    }

    /// <summary>Published stories with recorded consent, and all others for signed-in readers.</summary>
    public static IQueryable<Story> VisibleTo(this IQueryable<Story> stories, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesDrafts ? stories : stories.Where(s => s.IsPublished && s.ConsentRecordedOn != null);
    }

    /// <summary>Whether a linked project's title may be shown to this audience (the project is itself visible).</summary>
    public static bool MayShowProject(this Audience audience, bool projectIsPublished)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return projectIsPublished || audience.SeesDrafts;
    }
}
