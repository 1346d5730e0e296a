using System.Security.Claims;

namespace Wijkpeil.App.Modules.Observations;

/// <summary>Which observations a caller may see: the one place that decides.</summary>
public static class ObservationAccess
{
    /// <summary>True when the caller may see published figures only.</summary>
    public static bool PublishedOnly(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);

        // Everyone, signed in or not, reads the monitor, the API and the downloads on published figures: a draft's
        // values wait apart (pending_observations) and are seen on the review page of their import only.
        return true;
    }
}
