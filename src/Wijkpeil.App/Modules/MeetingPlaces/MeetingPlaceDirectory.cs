using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <inheritdoc cref="IMeetingPlaceDirectory"/>
internal sealed class MeetingPlaceDirectory(WijkpeilDbContext db) : IMeetingPlaceDirectory
{
    public async Task<IReadOnlyList<MeetingPlaceEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.MeetingPlaces.AsNoTracking()
            .OrderBy(p => p.FocusAreaCode).ThenBy(p => p.Name)
            .Select(p => new MeetingPlaceEntry(p.Id, p.ProgrammeId, p.FocusAreaCode, p.Name, p.Address))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, MeetingPlaceEntry>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<int, MeetingPlaceEntry>();
        }

        return await db.MeetingPlaces.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new MeetingPlaceEntry(p.Id, p.ProgrammeId, p.FocusAreaCode, p.Name, p.Address))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
