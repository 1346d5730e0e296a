namespace Wijkpeil.App.Modules.Accounts.Manage;

/// <summary>The fields of the password forms: the current password (changing one's own), the new one twice, and a link's token.</summary>
internal sealed class PasswordInput
{
    public string? Token { get; set; }

    public string? Current { get; set; }

    public string? Password { get; set; }

    public string? Confirm { get; set; }

    /// <summary>Request field → HTML id, for <see cref="Kernel.Outcomes.ProblemForms"/>.</summary>
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["currentPassword"] = "huidig-wachtwoord",
        ["password"] = "nieuw-wachtwoord",
        ["confirm"] = "herhaal-wachtwoord",
    };
}
