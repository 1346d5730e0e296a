using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes.CreateProgramme;

/// <summary>
/// Creates a programme from a whole <see cref="ProgrammeDefinition"/>, checked against the domain's rules, the area
/// register, the indicator catalogue and the periods; audited as entity type <c>programme</c>. The pages that list
/// programmes are made stale in the same save.
/// </summary>
public sealed class CreateProgrammeHandler(
    WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, IAreaRegister register, IIndicatorCatalogue catalogue, IObservationReader observations)
{
    public Task<Outcome<ProgrammeSummary>> HandleAsync(ProgrammeDefinition request, CancellationToken cancellationToken = default) =>
        CreateAsync(request, DefinitionChecks.Full, audited: true, cancellationToken);

    /// <summary>
    /// For the embedded default only: checked as <see cref="DefinitionChecks.CatalogueOnly"/>, and, like the default's
    /// agenda and catalogue, not written to the audit trail: it is nobody's change, and the trail starts empty.
    /// </summary>
    public Task<Outcome<ProgrammeSummary>> SeedAsync(ProgrammeDefinition request, CancellationToken cancellationToken = default) =>
        CreateAsync(request, DefinitionChecks.CatalogueOnly, audited: false, cancellationToken);

    public Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Programmes.AnyAsync(p => p.Code == slug, cancellationToken);

    private async Task<Outcome<ProgrammeSummary>> CreateAsync(ProgrammeDefinition request, DefinitionChecks checks, bool audited, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A valid placeholder slug and name: the applier checks and sets the requested ones, with their field paths.
        var programme = new Programme("nieuw", "nieuw");
        var problems = await new ProgrammeDefinitionApplier(db, register, catalogue, observations).ApplyAsync(programme, request, checks, ct);
        if (problems.Count > 0)
        {
            return Outcome<ProgrammeSummary>.Failure(problems);
        }

        // The entry needs the programme's id, so both saves share one transaction: both are stored or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        if (!audited)
        {
            await transaction.CommitAsync(ct);
            return new ProgrammeSummary(programme.Id, programme.Code, programme.Name, programme.Description);
        }

        var after = await ProgrammeSnapshot.TakeAsync(catalogue, programme, ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.Programme, programme.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), programme.Name, null, after);
        publicChanges.Invalidate(CacheTags.Programmes, CacheTags.Programme(programme.Code));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ProgrammeSummary(programme.Id, programme.Code, programme.Name, programme.Description);
    }
}
