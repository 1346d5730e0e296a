using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.SeedScheme;

/// <summary>The embedded default's scheme (<see cref="SubsidyDefault"/>): a record of the letter's fact, nothing invented.</summary>
internal sealed partial class SubsidySeeding
{
    public async Task<bool> SeedDefaultAsync(string programmeSlug, CancellationToken cancellationToken = default)
    {
        var programme = await catalogue.GetAsync(programmeSlug, cancellationToken);
        if (programme is null || await db.SubsidySchemes.AnyAsync(s => s.Slug == SubsidyDefault.Slug, cancellationToken))
        {
            return false;
        }

        var projectIds = await projects.Projects.Where(p => p.ProgrammeId == programme.Id && p.Title == SubsidyExamples.Project).Select(p => p.Id).ToListAsync(cancellationToken);
        var focus = programme.FocusAreas.Any(f => f.Slug == SubsidyExamples.FocusArea) ? [SubsidyExamples.FocusArea] : Array.Empty<string>();
        var scheme = Created(SubsidyScheme.RecordRunElsewhere(
            SubsidyDefault.Slug, SubsidyDefault.Name, SubsidyDefault.Description, programme.Id, AreaCode.From(SubsidyExamples.Gemeente), focus, projectIds, time.Now));
        db.Add(scheme);
        publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
