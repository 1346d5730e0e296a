using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Accounts.AccountsText))]

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// Marker for the problem messages of the Accounts module (<c>AccountsText.resx</c>, Dutch; <c>AccountsText.en.resx</c>,
/// English): a cookie-authenticated API write without the antiforgery header, refusals of user administration (<c>account.*</c>, among them Identity's refusals by their error code).
/// </summary>
public sealed class AccountsText;
