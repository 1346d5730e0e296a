namespace Wijkpeil.App.Modules.Accounts.Contracts;

/// <summary>The roles of Wijkpeil. The names are stored in the database and used in authorisation checks.</summary>
public static class WijkpeilRoles
{
    /// <summary>Runs the programme: manages accounts, sees the audit trail, edits everything.</summary>
    public const string ProgrammeManager = "ProgrammeManager";

    /// <summary>A knowledge partner: reviews, approves and publishes imported data.</summary>
    public const string KnowledgePartner = "KnowledgePartner";

    /// <summary>Edits the agenda and stories of the focus areas in the gemeenten the account is scoped to.</summary>
    public const string AreaEditor = "AreaEditor";

    /// <summary>Runs the subsidy schemes of the gemeenten the account is scoped to: schemes, screening, decisions, payments.</summary>
    public const string SubsidyOfficer = "SubsidyOfficer";

    /// <summary>
    /// Assesses subsidy applications assigned to them in the gemeenten the account is scoped to (for example a member
    /// of an advisory committee); sees an application only after declaring no conflict of interest.
    /// </summary>
    public const string Assessor = "Assessor";

    /// <summary>Coordinates the programme across focus areas.</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Reads what is not yet published, changes nothing.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Every role, in the order the help and the lists show them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ProgrammeManager, KnowledgePartner, AreaEditor, SubsidyOfficer, Assessor, Coordinator, Viewer];

    /// <summary>
    /// The roles inside the programme, who may read what is not yet published (draft projects and stories, imports):
    /// every role but <see cref="Assessor"/>, who may be an outside committee member and sees only the applications
    /// assigned to them. Comma-separated, for <c>[Authorize(Roles = WijkpeilRoles.Staff)]</c>.
    /// </summary>
    public const string Staff = ProgrammeManager + "," + KnowledgePartner + "," + AreaEditor + "," + SubsidyOfficer + "," + Coordinator + "," + Viewer;

    /// <summary>The roles that work for particular gemeenten: an account of these roles names one or more.</summary>
    public static IReadOnlyList<string> ScopedToGemeenten { get; } = [AreaEditor, SubsidyOfficer, Assessor];

    /// <summary>The canonical name of a role given in any letter case, or null when there is no such role.</summary>
    public static string? Find(string? name) =>
        All.FirstOrDefault(role => string.Equals(role, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Claim types Wijkpeil adds to a signed-in user besides Identity's own (name, e-mail, role).</summary>
public static class WijkpeilClaims
{
    /// <summary>A gemeente (GMnnnn) an account of a <see cref="WijkpeilRoles.ScopedToGemeenten"/> role works for; one claim per gemeente.</summary>
    public const string Gemeente = "wijkpeil:gemeente";
}
