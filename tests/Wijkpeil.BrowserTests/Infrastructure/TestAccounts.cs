using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>An account the browser tests sign in with; <see cref="BrowserSite"/> creates every one at start.</summary>
/// <param name="Email">E-mail address, also the user name.</param>
/// <param name="Role">One of <see cref="WijkpeilRoles.All"/>.</param>
/// <param name="Gemeenten">The gemeenten (GMnnnn) an AreaEditor, SubsidyOfficer or Assessor is scoped to; empty for other roles.</param>
public sealed record TestAccount(string Email, string Role, IReadOnlyList<string> Gemeenten)
{
    public override string ToString() => Email;
}

/// <summary>
/// The accounts of the browser tests. No account exists in a new Wijkpeil, so the tests make their own, with one
/// password: it only ever exists in a temporary database.
/// </summary>
public static class TestAccounts
{
    public const string Password = "browsertest-wachtwoord";

    /// <summary>Edits the agenda of Overvecht (gemeente Utrecht).</summary>
    public static TestAccount UtrechtEditor { get; } = new("redacteur@utrecht.example", WijkpeilRoles.AreaEditor, ["GM0344"]);

    /// <summary>Edits the agenda of Vollenhove (gemeente Zeist), and nothing of Utrecht's.</summary>
    public static TestAccount ZeistEditor { get; } = new("redacteur@zeist.example", WijkpeilRoles.AreaEditor, ["GM0355"]);

    /// <summary>Runs the subsidy schemes of gemeente Utrecht: screens, asks for completion, decides.</summary>
    public static TestAccount UtrechtSubsidyOfficer { get; } = new("subsidies@utrecht.example", WijkpeilRoles.SubsidyOfficer, ["GM0344"]);

    /// <summary>Assesses the subsidy applications of gemeente Utrecht assigned to them.</summary>
    public static TestAccount UtrechtAssessor { get; } = new("beoordelaar@utrecht.example", WijkpeilRoles.Assessor, ["GM0344"]);

    /// <summary>Reviews, publishes and withdraws imported data.</summary>
    public static TestAccount KnowledgePartner { get; } = new("kennispartner@example.org", WijkpeilRoles.KnowledgePartner, []);

    /// <summary>Reads the audit trail.</summary>
    public static TestAccount ProgrammeManager { get; } = new("programmamanager@provincie-utrecht.example", WijkpeilRoles.ProgrammeManager, []);

    /// <summary>Runs the Community of Practice: events, attendance and the lessons library.</summary>
    public static TestAccount Coordinator { get; } = new("coordinator@provincie-utrecht.example", WijkpeilRoles.Coordinator, []);

    public static IReadOnlyList<TestAccount> All { get; } = [UtrechtEditor, ZeistEditor, UtrechtSubsidyOfficer, UtrechtAssessor, KnowledgePartner, ProgrammeManager, Coordinator];
}
