using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>The projects table as <see cref="ProjectEntry"/> rows: a member-init projection EF composes into the caller's query.</summary>
internal sealed class AgendaProjectDirectory(WijkpeilDbContext db) : IProjectDirectory
{
    public IQueryable<ProjectEntry> Projects => db.Projects.AsNoTracking().Select(p => new ProjectEntry
    {
        Id = p.Id,
        ProgrammeId = p.ProgrammeId,
        FocusAreaCode = p.FocusAreaCode,
        Title = p.Title,
        IsPublished = p.IsPublished,
        MeetingPlaceId = p.MeetingPlaceId,
    });

    public IQueryable<ProjectPlan> Plans => db.Projects.AsNoTracking().Select(p => new ProjectPlan
    {
        Id = p.Id,
        ProgrammeId = p.ProgrammeId,
        FocusAreaCode = p.FocusAreaCode,
        Title = p.Title,
        Description = p.Description,
        Status = p.Status,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
    });
}
