using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.ManageOpportunities;

/// <summary>
/// Registers a meekoppelkans, changes its details and moves its status. Each step checks the role on the server, that
/// the programme, related programmes and agenda projects exist (projects of the chance's own programme), and stores
/// the change with its audit entry in one transaction; the status history is the register's own record of who moved
/// it when and why, the audit trail the record of every change.
/// </summary>
public sealed class OpportunityHandler(WijkpeilDbContext db, IAuditLog audit, OpportunityChoicesQuery choices, TimeProvider time)
{
    /// <summary>A new chance of programme <paramref name="programmeId"/>, in <paramref name="status"/> (gesignaleerd unless a source says more).</summary>
    public Task<Outcome<Opportunity>> CreateAsync(ClaimsPrincipal user, int programmeId, OpportunityDetails details, OpportunityStatus status, CancellationToken ct) =>
        db.InTransactionAsync<Opportunity>(async () =>
        {
            if (OpportunityAccess.Refusal(user) is { } refused)
            {
                return refused;
            }

            var known = await choices.ReadAsync(ct);
            if (known.Scope(programmeId) is not { } scope)
            {
                return Problem.Invalid("programmeId", "opportunity.programme.unknown", programmeId);
            }

            if (Unknown(known, programmeId, details) is { Count: > 0 } unknown)
            {
                return Outcome<Opportunity>.Failure(unknown);
            }

            var created = Opportunity.Create(scope, details, status, time.GetUtcNow(), OpportunityAccess.NameOf(user));
            if (!created.IsSuccess)
            {
                return Problem.From(created.Error!);
            }

            db.Opportunities.Add(created.Value);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.Created, AuditEntityTypes.Opportunity, AuditKeys.Of(created.Value.Id), created.Value.Title, null, OpportunitySnapshot.Of(created.Value));
            await db.SaveChangesAsync(ct);
            return created.Value;
        }, ct);

    /// <summary>Replaces a chance's details; its programme and status stay.</summary>
    public Task<Outcome<Opportunity>> ChangeAsync(int id, ClaimsPrincipal user, OpportunityDetails details, CancellationToken ct) =>
        db.InTransactionAsync<Opportunity>(async () =>
        {
            var (opportunity, refused) = await OpenAsync(id, user, ct);
            if (refused is not null)
            {
                return refused;
            }

            var known = await choices.ReadAsync(ct);
            if (Unknown(known, opportunity!.ProgrammeId, details) is { Count: > 0 } unknown)
            {
                return Outcome<Opportunity>.Failure(unknown);
            }

            var before = OpportunitySnapshot.Of(opportunity);
            var changed = opportunity.Change(known.Scope(opportunity.ProgrammeId)!, details);
            if (!changed.IsSuccess)
            {
                return Problem.From(changed.Error!);
            }

            audit.Record(AuditAction.Updated, AuditEntityTypes.Opportunity, AuditKeys.Of(id), opportunity.Title, before, OpportunitySnapshot.Of(opportunity));
            await db.SaveChangesAsync(ct);
            return opportunity;
        }, ct);

    /// <summary>Moves a chance to <paramref name="to"/>, with <paramref name="note"/> in its history.</summary>
    public Task<Outcome<Opportunity>> ChangeStatusAsync(int id, ClaimsPrincipal user, OpportunityStatus to, string? note, CancellationToken ct) =>
        db.InTransactionAsync<Opportunity>(async () =>
        {
            var (opportunity, refused) = await OpenAsync(id, user, ct);
            if (refused is not null)
            {
                return refused;
            }

            var before = new OpportunityStatusSnapshot(opportunity!.Status, null);
            var changed = opportunity.ChangeStatus(to, time.GetUtcNow(), OpportunityAccess.NameOf(user), note);
            if (!changed.IsSuccess)
            {
                return Problem.From(changed.Error!);
            }

            audit.Record(AuditAction.Updated, AuditEntityTypes.Opportunity, AuditKeys.Of(id), opportunity.Title, before, new OpportunityStatusSnapshot(opportunity.Status, note));
            await db.SaveChangesAsync(ct);
            return opportunity;
        }, ct);

    private async Task<(Opportunity? Opportunity, Problem? Refused)> OpenAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (OpportunityAccess.Refusal(user) is { } refused)
        {
            return (null, refused);
        }

        var opportunity = await db.Opportunities.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == id, ct);
        return opportunity is null ? (null, Problem.NotFound("opportunity.not_found", id)) : (opportunity, null);
    }

    private static List<Problem> Unknown(OpportunityChoices known, int programmeId, OpportunityDetails details)
    {
        var problems = new List<Problem>();
        problems.AddRange(details.RelatedProgrammeIds.Where(r => known.Related.All(k => k.Id != r)).Select(r => Problem.Invalid("relatedProgrammeIds", "opportunity.related_programme.unknown", r)));
        problems.AddRange(details.ProjectIds.Where(p => !known.Projects.Any(k => k.Id == p && k.ProgrammeId == programmeId)).Select(p => Problem.Invalid("projectIds", "opportunity.project.unknown", p)));
        return problems;
    }
}
