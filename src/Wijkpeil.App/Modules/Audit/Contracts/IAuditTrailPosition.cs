namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>
/// How far the audit trail has come: a number that grows with every audited change, for a module that versions what
/// it derives from audited data (the pre-built whole data set of the published figures).
/// </summary>
public interface IAuditTrailPosition
{
    /// <summary>The id of the newest audit entry; 0 when the trail is empty.</summary>
    Task<long> NewestEntryIdAsync(CancellationToken cancellationToken = default);
}
