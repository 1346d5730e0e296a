using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.RelatedProgrammes;

/// <summary>
/// Adds and changes the related programmes the agenda is sent to; a name is used once, so a round never lists a
/// programme twice. Each change is stored with its audit entry in one transaction.
/// </summary>
public sealed class RelatedProgrammeHandler(WijkpeilDbContext db, IAuditLog audit)
{
    /// <summary>A new related programme.</summary>
    public Task<Outcome<RelatedProgramme>> CreateAsync(ClaimsPrincipal user, RelatedProgrammeDetails details, CancellationToken ct) =>
        db.InTransactionAsync<RelatedProgramme>(async () =>
        {
            if (OpportunityAccess.Refusal(user) is { } refused)
            {
                return refused;
            }

            var created = RelatedProgramme.Create(details);
            if (!created.IsSuccess)
            {
                return Problem.From(created.Error!);
            }

            if (await NameTakenAsync(created.Value.Name, null, ct))
            {
                return Problem.Conflict("name", "related_programme.name.duplicate", created.Value.Name);
            }

            db.RelatedProgrammes.Add(created.Value);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.Created, AuditEntityTypes.RelatedProgramme, AuditKeys.Of(created.Value.Id), created.Value.Name, null, RelatedProgrammeSnapshot.Of(created.Value));
            await db.SaveChangesAsync(ct);
            return created.Value;
        }, ct);

    /// <summary>Replaces a related programme's details.</summary>
    public Task<Outcome<RelatedProgramme>> ChangeAsync(int id, ClaimsPrincipal user, RelatedProgrammeDetails details, CancellationToken ct) =>
        db.InTransactionAsync<RelatedProgramme>(async () =>
        {
            if (OpportunityAccess.Refusal(user) is { } refused)
            {
                return refused;
            }

            if (await db.RelatedProgrammes.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } programme)
            {
                return Problem.NotFound("related_programme.not_found", id);
            }

            var before = RelatedProgrammeSnapshot.Of(programme);
            var changed = programme.Change(details);
            if (!changed.IsSuccess)
            {
                return Problem.From(changed.Error!);
            }

            if (await NameTakenAsync(programme.Name, id, ct))
            {
                return Problem.Conflict("name", "related_programme.name.duplicate", programme.Name);
            }

            audit.Record(AuditAction.Updated, AuditEntityTypes.RelatedProgramme, AuditKeys.Of(id), programme.Name, before, RelatedProgrammeSnapshot.Of(programme));
            await db.SaveChangesAsync(ct);
            return programme;
        }, ct);

    private Task<bool> NameTakenAsync(string name, int? except, CancellationToken ct) =>
        db.RelatedProgrammes.AnyAsync(p => p.Name == name && p.Id != except, ct);
}
