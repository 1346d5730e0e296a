namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>
/// The authorization policy that guards the audit trail's page and export. Who holds it is a question about accounts
/// and roles, so the Accounts module registers it (<c>WijkpeilPermissions.CanReadAuditTrail</c>); the Audit module only
/// names it, and needs nothing of Accounts.
/// </summary>
public static class AuditTrailPolicy
{
    public const string Name = "audit-trail";
}
