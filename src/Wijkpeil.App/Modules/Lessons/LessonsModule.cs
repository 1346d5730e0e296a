using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Lessons.Contracts;
using Wijkpeil.App.Modules.Lessons.ListLessons;
using Wijkpeil.App.Modules.Lessons.ManageLessons;
using Wijkpeil.App.Modules.Lessons.Search;
using Wijkpeil.App.Modules.Lessons.ShowLesson;

namespace Wijkpeil.App.Modules.Lessons;

/// <summary>
/// The Lessons module's front door: the lessons library of the learning network (issue 14 point 4). Lessons captured
/// in five fields when work ends and completed later, found with a Dutch full-text search (<see cref="ILessonSearch"/>,
/// one analysis for SQLite FTS5 and PostgreSQL tsvector), and shown beside projects, areas and indicators
/// (<see cref="IRelatedLessons"/>, <see cref="IAgendaLessons"/>). Its pages are found by the Razor component scan.
/// </summary>
public static class LessonsModule
{
    public static IServiceCollection AddLessonsModule(this IServiceCollection services)
    {
        services.AddScoped(sp => LessonSearch.For(sp.GetRequiredService<WijkpeilDbContext>()));
        services.AddScoped<LessonChoicesQuery>();
        services.AddScoped<ManageLessonsHandler>();
        services.AddScoped<LibraryQuery>();
        services.AddScoped<LessonPageQuery>();
        services.AddScoped<IRelatedLessons, RelatedLessonsFinder>();
        services.AddScoped<IAgendaLessons, AgendaLessons>();
        return services;
    }
}
