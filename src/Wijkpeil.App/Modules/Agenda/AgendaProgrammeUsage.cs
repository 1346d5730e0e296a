using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>Tells Programmes whether a project still refers to a pillar or focus area, so it is not removed under it.</summary>
internal sealed class AgendaProgrammeUsage(WijkpeilDbContext db) : IProgrammeUsage
{
    public Task<bool> IsPillarUsedAsync(int programmeId, int pillarNumber, CancellationToken cancellationToken = default) =>
        db.Projects.AnyAsync(p => p.ProgrammeId == programmeId && p.Pillars.Any(x => x.Number == pillarNumber), cancellationToken);

    public Task<bool> IsFocusAreaUsedAsync(int programmeId, FocusAreaDetails focusArea, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(focusArea);
        return db.Projects.AnyAsync(p => p.ProgrammeId == programmeId && p.FocusAreaCode == focusArea.Slug, cancellationToken);
    }
}
