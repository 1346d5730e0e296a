using System.Security.Claims;

namespace Wijkpeil.App.Modules.Observations;

/// <summary>Which observations a caller may see: the one place that decides, so accounts can widen it later.</summary>
public static class ObservationAccess
{
    /// <summary>True when the caller may see published figures only.</summary>
    public static bool PublishedOnly(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);

        // There are no accounts yet, so every caller is the public. When roles arrive, knowledge partners
        // and programme managers will see drafts and approved figures here.
        return true;
    }
}
