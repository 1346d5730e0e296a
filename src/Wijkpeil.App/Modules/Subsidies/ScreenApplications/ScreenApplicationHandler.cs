using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ScreenApplications;

/// <summary>
/// The officers' steps before and after a decision that do not touch the plafond: ask for completion with a term
/// (the clock pauses, Awb 4:5 and 4:15), delay the decision once with a reason (Awb 4:14 lid 3), register an
/// objection (Awb 6:4). Each checks on the server that the user runs the scheme, and is audited.
/// </summary>
public sealed class ScreenApplicationHandler(ApplicationChange change, SubsidyTime time)
{
    public Task<Outcome<SubsidyApplication>> RequestCompletionAsync(int id, ClaimsPrincipal user, string? message, DateOnly? termEndsOn, CancellationToken ct) =>
        ChangeAsync(id, user, (application, _) => Step(application.RequestCompletion(message, time.Today, termEndsOn, time.Now, SchemeAccess.Actor(user))), ct);

    public Task<Outcome<SubsidyApplication>> DelayAsync(int id, ClaimsPrincipal user, DateOnly? newDeadline, string? reason, CancellationToken ct) =>
        ChangeAsync(id, user, (application, scheme) => newDeadline is { } to
            ? Step(application.Delay(scheme, time.Today, to, reason))
            : Problem.Invalid("newDeadline", "subsidy.clock.delay_not_later", null, null), ct);

    public Task<Outcome<SubsidyApplication>> RegisterObjectionAsync(int id, ClaimsPrincipal user, DateOnly? receivedOn, DateOnly? postedOn, string? note, CancellationToken ct) =>
        ChangeAsync(id, user, (application, _) => Step(application.RegisterObjection(receivedOn ?? time.Today, postedOn, note, time.Now, SchemeAccess.Actor(user))), ct);

    private static Problem? Step<T>(Domain.Common.Result<T> result) => result.IsSuccess ? null : Problem.From(result.Error!);

    private Task<Outcome<SubsidyApplication>> ChangeAsync(int id, ClaimsPrincipal user, Func<SubsidyApplication, SubsidyScheme, Problem?> step, CancellationToken ct) =>
        change.RunAsync(id, user, step, changesPublicFigures: false, ct);
}
