using System.Security.Claims;

namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>Who makes a change: a signed-in account, or the tool that ran it when nobody signed in.</summary>
/// <param name="UserId">The account's id; null for the CLI and background work.</param>
/// <param name="Name">The account's e-mail address, or a description of the tool.</param>
public sealed record AuditActor(string? UserId, string Name)
{
    /// <summary>Work the application does itself, such as loading the embedded default data.</summary>
    public static AuditActor System { get; } = new(null, "systeem");

    /// <summary>The operator of the command-line tool, named after the operating-system account.</summary>
    public static AuditActor Cli { get; } = new(null, $"cli ({Environment.UserName})");

    /// <summary>The signed-in account of <paramref name="user"/>; null when nobody is signed in.</summary>
    public static AuditActor? From(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "onbekend")
            : null;
}

/// <summary>Tells the audit trail who is making the changes of the current scope.</summary>
public interface IAuditActorSource
{
    AuditActor Current { get; }
}

/// <summary>For the CLI and background work: one fixed actor for the whole process.</summary>
public sealed class FixedAuditActorSource(AuditActor actor) : IAuditActorSource
{
    public AuditActor Current => actor;
}
