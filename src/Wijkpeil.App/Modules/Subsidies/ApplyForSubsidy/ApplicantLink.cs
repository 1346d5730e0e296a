using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// The applicant's secret link: <c>/subsidies/aanvraag/{secret}</c>. Only the secret's hash is stored; a lookup is one
/// indexed query on it. Anything that is not shaped like a secret is refused before the database is asked. Requests
/// are counted per client (<see cref="ApplicantLinkRateLimit"/>).
/// </summary>
public sealed class ApplicantLink(WijkpeilDbContext db)
{
    public const string PagePath = "/subsidies/aanvraag/";

    // "wps_" and 43 characters of URL-safe Base64 (32 bytes).
    private const int TokenLength = 47;

    /// <summary>The absolute address of the link for mails.</summary>
    public static Uri Address(Uri site, string token)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new Uri(new Uri(site.AbsoluteUri.TrimEnd('/') + "/"), PagePath.TrimStart('/') + Uri.EscapeDataString(token));
    }

    public static bool IsShapedLikeSecret(string? token) =>
        token is { Length: TokenLength } && token.StartsWith(ApplyForSubsidyHandler.TokenPrefix, StringComparison.Ordinal)
        && token.Skip(4).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The application (whole, tracked) and its scheme behind <paramref name="token"/>, or nulls.</summary>
    public async Task<(SubsidyApplication? Application, SubsidyScheme? Scheme)> FindTrackedAsync(string? token, CancellationToken ct)
    {
        var id = await IdAsync(token, ct);
        if (id is null)
        {
            return (null, null);
        }

        var application = await SchemeAccess.ApplicationAsync(db, id.Value, tracked: true, ct);
        var scheme = application is null ? null : await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        return (application, scheme);
    }

    /// <summary>The id of the application behind <paramref name="token"/>, or null; anonymised applications have no link any more.</summary>
    public async Task<int?> IdAsync(string? token, CancellationToken ct)
    {
        if (!IsShapedLikeSecret(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        return await db.SubsidyApplications.Where(a => a.AccessHash == hash && a.AnonymisedAt == null).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
    }
}
