using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// The stories the pillar agenda lists beside the projects. Stories sits above Agenda, so Agenda asks through this
/// interface and the Stories module implements it.
/// </summary>
public interface IAgendaStories
{
    /// <summary>
    /// The stories of <paramref name="programmeIds"/> that <paramref name="audience"/> sees about <paramref name="areaCodes"/>
    /// or the areas directly under them (the buurten of a wijk), newest first; one SQL command.
    /// </summary>
    Task<IReadOnlyList<StoryOutline>> AboutAsync(IReadOnlyCollection<int> programmeIds, IReadOnlyCollection<AreaCode> areaCodes, Audience audience, CancellationToken ct);

    /// <summary>A method's name in the reader's language, e.g. "focusgroep" or "focus group".</summary>
    string Method(StoryMethod method);
}

/// <summary>A story as the pillar agenda lists it.</summary>
/// <param name="Id">The story's id (its page is <c>/verhalen/{id}</c>).</param>
/// <param name="ProgrammeId">The programme it belongs to.</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When it was gathered.</param>
/// <param name="AreaCode">The gemeente, wijk or buurt it is about.</param>
/// <param name="AreaName">That area's name, when the register has it.</param>
/// <param name="PillarNumber">The pillar it speaks to.</param>
/// <param name="Summary">A few sentences, plain text.</param>
public sealed record StoryOutline(int Id, int ProgrammeId, StoryMethod Method, DateOnly Date, string AreaCode, string? AreaName, int PillarNumber, string Summary);
