using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <summary>The MeetingPlaces module's table, for its own code only (other modules use <c>IMeetingPlaceDirectory</c>).</summary>
internal static class MeetingPlaceTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>The register of meeting places.</summary>
        public DbSet<MeetingPlace> MeetingPlaces => db.Set<MeetingPlace>();
    }
}
