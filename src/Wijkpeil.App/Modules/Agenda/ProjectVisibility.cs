using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>Which projects an <see cref="Audience"/> sees (docs/architecture.md, "Who sees what"): every read of projects filters through it.</summary>
internal static class ProjectVisibility
{
    /// <summary>Published projects, and drafts for signed-in readers.</summary>
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesDrafts ? projects : projects.Where(p => p.IsPublished);
    }
}
