namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>What kind of change an audit entry records.</summary>
public enum AuditAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,

    /// <summary>
    /// Personal data was shown (AVG accountability): an officer opened an applicant's dossier. No before or after;
    /// the entry says who looked and when.
    /// </summary>
    Viewed = 3,
}
