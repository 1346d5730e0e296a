using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// Tells Programmes whether a story still refers to a pillar or lies in a focus area (its area is a member, or a buurt
/// of a member wijk), so neither is removed under it.
/// </summary>
internal sealed class StoryProgrammeUsage(WijkpeilDbContext db) : IProgrammeUsage
{
    public Task<bool> IsPillarUsedAsync(int programmeId, int pillarNumber, CancellationToken cancellationToken = default) =>
        db.Stories.AnyAsync(s => s.ProgrammeId == programmeId && s.PillarNumber == pillarNumber, cancellationToken);

    public async Task<bool> IsFocusAreaUsedAsync(int programmeId, FocusAreaDetails focusArea, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(focusArea);

        // A programme has tens of story areas at most; a buurt's wijk is derived from its code, which SQL cannot do.
        var areas = await db.Stories.AsNoTracking().Where(s => s.ProgrammeId == programmeId).Select(s => s.Area).Distinct().ToListAsync(cancellationToken);
        return areas.Any(a => focusArea.Members.Contains(a) || (a.DerivedParent is { } wijk && focusArea.Members.Contains(wijk)));
    }
}
