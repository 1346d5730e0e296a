namespace Wijkpeil.App.Modules.Accounts.Manage;

/// <summary>The fields of the invitation and role forms: an address, a role and the gemeenten of an AreaEditor.</summary>
internal sealed class RoleInput
{
    public string? Email { get; set; }

    public string? Role { get; set; }

    /// <summary>GMnnnn codes separated by commas or spaces.</summary>
    public string? Gemeenten { get; set; }

    /// <summary>The codes in <paramref name="text"/>, as the CLI's repeated <c>--gemeente</c> gives them; the rules check them.</summary>
    public static IReadOnlyList<string> Codes(string? text) =>
        (text ?? string.Empty).Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
