using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>Stories' answer to the pillar agenda (Agenda sits below Stories and asks through its own contract).</summary>
internal sealed class AgendaStories(WijkpeilDbContext db, IAreaRegister register, IStringLocalizer<StoryText> text) : IAgendaStories
{
    public async Task<IReadOnlyList<StoryOutline>> AboutAsync(IReadOnlyCollection<int> programmeIds, IReadOnlyCollection<AreaCode> areaCodes, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(programmeIds);
        ArgumentNullException.ThrowIfNull(areaCodes);
        if (programmeIds.Count == 0 || areaCodes.Count == 0)
        {
            return [];
        }

        var ids = programmeIds.Distinct().ToList();
        var codes = areaCodes.Distinct().ToList();
        var parents = codes.Select(c => (AreaCode?)c).ToList();

        // One command: the area's name by a left join, the buurten of a member wijk by their parent in the register.
        // Without a register row the joined columns are NULL in SQL, so the parent test is false and the name null.
        var rows = await (
            from s in db.Stories.AsNoTracking().VisibleTo(audience)
            join a in register.Areas on s.Area equals a.Code into named
            from a in named.DefaultIfEmpty()
            where ids.Contains(s.ProgrammeId) && (codes.Contains(s.Area) || parents.Contains(a!.ParentCode))
            select new { s.Id, s.ProgrammeId, s.Method, s.Date, s.Area, Name = (string?)a!.Name, s.PillarNumber, s.Summary })
            .ToListAsync(ct);

        return [.. rows
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .Select(s => new StoryOutline(s.Id, s.ProgrammeId, s.Method, s.Date, s.Area.Value, s.Name, s.PillarNumber, s.Summary))];
    }

    public string Method(StoryMethod method) => text[StoryText.MethodKey(method)];
}
