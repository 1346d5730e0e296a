using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>
/// The yearly round's steps: start it, choose or remove a related programme, record when its agenda items were sent,
/// its response and the meekoppelkansen it led to. Each step is one transaction over the round with its audit entry
/// (the whole round before and after, keyed by year); "today" is the day in Amsterdam, so a date in the future is
/// refused as a typo.
/// </summary>
public sealed class RoundHandler(WijkpeilDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <summary>Starts the round of <paramref name="year"/>; a second start of the same year is refused (also by the unique index).</summary>
    public Task<Outcome<OpportunityRound>> StartAsync(ClaimsPrincipal user, int year, CancellationToken ct) =>
        db.InTransactionAsync<OpportunityRound>(
            async () =>
            {
                if (OpportunityAccess.Refusal(user) is { } refused)
                {
                    return refused;
                }

                var years = await db.OpportunityRounds.Select(r => r.Year).ToListAsync(ct);
                var created = OpportunityRound.Create(year, years);
                if (!created.IsSuccess)
                {
                    return Problem.From(created.Error!) with { Kind = ProblemKind.Conflict };
                }

                db.OpportunityRounds.Add(created.Value);
                audit.Record(AuditAction.Created, AuditEntityTypes.OpportunityRound, AuditKeys.Of(year), Summary(year), null, RoundSnapshot.Of(created.Value));
                await db.SaveChangesAsync(ct);
                return created.Value;
            },
            ct,
            _ => Problem.Conflict("year", "round.year.duplicate", year));

    /// <summary>Adds related programme <paramref name="relatedProgrammeId"/> to the round.</summary>
    public Task<Outcome<OpportunityRound>> ChooseAsync(ClaimsPrincipal user, int year, int relatedProgrammeId, CancellationToken ct) =>
        StepAsync(user, year, async round =>
            await db.RelatedProgrammes.AnyAsync(p => p.Id == relatedProgrammeId, ct)
                ? Refusal(round.Choose(relatedProgrammeId))
                : Problem.Invalid("relatedProgrammeId", "related_programme.not_found", relatedProgrammeId), ct);

    /// <summary>Takes a programme out again, while nothing was sent to it.</summary>
    public Task<Outcome<OpportunityRound>> RemoveAsync(ClaimsPrincipal user, int year, int relatedProgrammeId, CancellationToken ct) =>
        StepAsync(user, year, round => Task.FromResult(Refusal(round.Remove(relatedProgrammeId))), ct);

    /// <summary>Records the day the programme's agenda items were sent.</summary>
    public Task<Outcome<OpportunityRound>> MarkSentAsync(ClaimsPrincipal user, int year, int relatedProgrammeId, DateOnly sentOn, CancellationToken ct) =>
        StepAsync(user, year, round => Task.FromResult(Refusal(round.MarkSent(relatedProgrammeId, sentOn, OpportunityTime.Today(time)))), ct);

    /// <summary>Records (or corrects) the programme's response.</summary>
    public Task<Outcome<OpportunityRound>> RecordResponseAsync(ClaimsPrincipal user, int year, int relatedProgrammeId, string? response, DateOnly respondedOn, CancellationToken ct) =>
        StepAsync(user, year, round => Task.FromResult(Refusal(round.RecordResponse(relatedProgrammeId, response, respondedOn, OpportunityTime.Today(time)))), ct);

    /// <summary>Records that the response led to meekoppelkans <paramref name="opportunityId"/>.</summary>
    public Task<Outcome<OpportunityRound>> LinkAsync(ClaimsPrincipal user, int year, int relatedProgrammeId, int opportunityId, CancellationToken ct) =>
        StepAsync(user, year, async round =>
            await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == opportunityId, ct) is { } opportunity
                ? Refusal(round.LinkOpportunity(relatedProgrammeId, opportunity))
                : Problem.Invalid("opportunityId", "opportunity.not_found", opportunityId), ct);

    /// <summary>Undoes a link made by mistake.</summary>
    public Task<Outcome<OpportunityRound>> UnlinkAsync(ClaimsPrincipal user, int year, int relatedProgrammeId, int opportunityId, CancellationToken ct) =>
        StepAsync(user, year, round => Task.FromResult(Refusal(round.UnlinkOpportunity(relatedProgrammeId, opportunityId))), ct);

    private Task<Outcome<OpportunityRound>> StepAsync(ClaimsPrincipal user, int year, Func<OpportunityRound, Task<Problem?>> step, CancellationToken ct) =>
        db.InTransactionAsync<OpportunityRound>(async () =>
        {
            if (OpportunityAccess.Refusal(user) is { } refused)
            {
                return refused;
            }

            if (await db.OpportunityRounds.Include(r => r.Programmes).SingleOrDefaultAsync(r => r.Year == year, ct) is not { } round)
            {
                return Problem.NotFound("round.not_found", year);
            }

            var before = RoundSnapshot.Of(round);
            if (await step(round) is { } problem)
            {
                return problem;
            }

            audit.Record(AuditAction.Updated, AuditEntityTypes.OpportunityRound, AuditKeys.Of(year), Summary(year), before, RoundSnapshot.Of(round));
            await db.SaveChangesAsync(ct);
            return round;
        }, ct);

    private static string Summary(int year) => "Ronde " + AuditKeys.Of(year);

    private static Problem? Refusal<T>(Result<T> result) => result.IsSuccess ? null : Problem.From(result.Error!);
}
