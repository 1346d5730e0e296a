using System.Net;
using Wijkpeil.App.Modules.Accounts;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// Who gets which answer from each mutating endpoint: every role (an AreaEditor scoped to Utrecht, GM0344), an
/// anonymous caller, and an AreaEditor of Zeist (GM0355) acting on an Overvecht (Utrecht) item. One row per
/// endpoint; add a row when an endpoint is added, and the matrix tests run it for every caller.
/// </summary>
public static class AuthorisationMatrix
{
    /// <summary>A caller without any credentials.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>An AreaEditor of another gemeente (Zeist) than the item's (Utrecht).</summary>
    public const string OtherGemeenteEditor = "AreaEditor of GM0355";

    /// <summary>Every caller of the matrix, in column order.</summary>
    public static IReadOnlyList<string> Callers { get; } = [.. WijkpeilRoles.All, Anonymous, OtherGemeenteEditor];

    /// <summary>The gemeenten a caller's account is scoped to.</summary>
    public static IReadOnlyList<string> GemeentenOf(string caller) => caller switch
    {
        WijkpeilRoles.AreaEditor => ["GM0344"],
        OtherGemeenteEditor => ["GM0355"],
        _ => [],
    };

    /// <summary>The role of a caller's account; null for <see cref="Anonymous"/>.</summary>
    public static string? RoleOf(string caller) => caller switch
    {
        Anonymous => null,
        OtherGemeenteEditor => WijkpeilRoles.AreaEditor,
        _ => caller,
    };

    /// <summary>Endpoint → caller → expected status, for the project API (an Overvecht project).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, HttpStatusCode>> Projects { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, HttpStatusCode>>
        {
            ["POST /api/v1/projects"] = Row(HttpStatusCode.Created),
            ["PUT /api/v1/projects/{id}"] = Row(HttpStatusCode.OK),
            ["DELETE /api/v1/projects/{id}"] = Row(HttpStatusCode.NoContent),
        };

    /// <summary>The agenda's rule: ProgrammeManager and the AreaEditor of the item's gemeente succeed, other roles 403, anonymous 401.</summary>
    private static Dictionary<string, HttpStatusCode> Row(HttpStatusCode success) => new()
    {
        [WijkpeilRoles.ProgrammeManager] = success,
        [WijkpeilRoles.KnowledgePartner] = HttpStatusCode.Forbidden,
        [WijkpeilRoles.AreaEditor] = success,
        [WijkpeilRoles.SubsidyOfficer] = HttpStatusCode.Forbidden,
        [WijkpeilRoles.Coordinator] = HttpStatusCode.Forbidden,
        [WijkpeilRoles.Viewer] = HttpStatusCode.Forbidden,
        [Anonymous] = HttpStatusCode.Unauthorized,
        [OtherGemeenteEditor] = HttpStatusCode.Forbidden,
    };
}
