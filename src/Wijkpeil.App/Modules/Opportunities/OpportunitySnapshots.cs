using System.Globalization;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>What the audit trail keeps of a meekoppelkans: its details and status (its history is on its own row).</summary>
internal sealed record OpportunitySnapshot(
    int ProgrammeId,
    string Title,
    string? Description,
    OpportunityKind Kind,
    IReadOnlyList<int> RelatedProgrammeIds,
    IReadOnlyList<string> FocusAreaCodes,
    IReadOnlyList<int> ProjectIds,
    long? AmountCents,
    DateOnly? WindowFrom,
    DateOnly? WindowTo,
    string? Owner,
    string? Source,
    OpportunityStatus Status)
{
    public static OpportunitySnapshot Of(Opportunity o) => new(
        o.ProgrammeId, o.Title, o.Description, o.Kind, [.. o.RelatedProgrammeIds], [.. o.FocusAreaCodes], [.. o.ProjectIds],
        o.AmountCents, o.WindowFrom, o.WindowTo, o.Owner, o.Source, o.Status);
}

/// <summary>What the audit trail keeps of a status step: the status and the note that went with it.</summary>
internal sealed record OpportunityStatusSnapshot(OpportunityStatus Status, string? Note);

/// <summary>What the audit trail keeps of a related programme.</summary>
internal sealed record RelatedProgrammeSnapshot(string Name, string? Description, IReadOnlyList<string> Themes, string? Contact)
{
    public static RelatedProgrammeSnapshot Of(RelatedProgramme p) => new(p.Name, p.Description, [.. p.Themes], p.Contact);
}

/// <summary>What the audit trail keeps of a round: per chosen programme when it was sent, its response and the chances it led to.</summary>
internal sealed record RoundSnapshot(int Year, IReadOnlyList<RoundProgrammeSnapshot> Programmes)
{
    public static RoundSnapshot Of(OpportunityRound round) =>
        new(round.Year, [.. round.Programmes.Select(p => new RoundProgrammeSnapshot(p.RelatedProgrammeId, p.SentOn, p.Response, p.RespondedOn, [.. p.OpportunityIds]))]);
}

/// <summary>One chosen programme of <see cref="RoundSnapshot"/>.</summary>
internal sealed record RoundProgrammeSnapshot(int RelatedProgrammeId, DateOnly? SentOn, string? Response, DateOnly? RespondedOn, IReadOnlyList<int> OpportunityIds);

/// <summary>The audit trail's keys of the module's records.</summary>
internal static class AuditKeys
{
    public static string Of(int id) => id.ToString(CultureInfo.InvariantCulture);
}
