using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Search;

namespace Wijkpeil.App.Modules.Lessons;

/// <summary>
/// The Lessons module's front door: the lessons library of the learning network (issue 14 point 4). So far its
/// Dutch full-text search (<see cref="ILessonSearch"/>, one analysis for SQLite FTS5 and PostgreSQL tsvector); the
/// lessons themselves, their pages and "related lessons" follow.
/// </summary>
public static class LessonsModule
{
    public static IServiceCollection AddLessonsModule(this IServiceCollection services)
    {
        services.AddScoped(sp => LessonSearch.For(sp.GetRequiredService<WijkpeilDbContext>()));
        return services;
    }
}
