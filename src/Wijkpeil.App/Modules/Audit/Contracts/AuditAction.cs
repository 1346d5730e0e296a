namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>What kind of change an audit entry records.</summary>
public enum AuditAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}
