using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>For the web host: the account signed in on the current request, else <see cref="AuditActor.System"/>.</summary>
internal sealed class HttpAuditActorSource(IHttpContextAccessor http) : IAuditActorSource
{
    public AuditActor Current => AuditActor.From(http.HttpContext?.User) ?? AuditActor.System;
}
