using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons;

/// <summary>The Lessons module's tables, for its own code only (other modules use its contracts).</summary>
internal static class LessonTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>The lessons library, drafts included.</summary>
        public DbSet<Lesson> Lessons => db.Set<Lesson>();

        /// <summary>Registered evaluations and reports lessons come from.</summary>
        public DbSet<LessonSource> LessonSources => db.Set<LessonSource>();
    }
}
