namespace Wijkpeil.App.Kernel.Ui.Layout;

/// <summary>
/// A component a module adds to the page header's tools (Accounts: the sign-in links), registered as a service
/// so that the layout renders it without naming the module.
/// </summary>
public sealed record HeaderComponent(Type ComponentType);
