using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>
/// One officer step on the money of a granted application (advance, settlement, remainder or reclaim), through
/// <see cref="ApplicationChange"/>: every such step changes the scheme's public figures (paid, settled).
/// </summary>
public sealed class MoneyChange(ApplicationChange change)
{
    public Task<Outcome<SubsidyApplication>> RunAsync(int id, ClaimsPrincipal user, Func<SubsidyApplication, SubsidyScheme, Problem?> step, CancellationToken ct) =>
        change.RunAsync(id, user, step, changesPublicFigures: true, ct);

    /// <summary>
    /// A domain refusal as a problem: one about a field is bad input (422); one about the application's state (advance
    /// twice, settling a refusal, nothing left to pay) is a conflict with where the application stands (409).
    /// </summary>
    public static Problem? Step<T>(Result<T> result)
    {
        if (result.IsSuccess)
        {
            return null;
        }

        var problem = Problem.From(result.Error!);
        return problem.Field is null ? problem with { Kind = ProblemKind.Conflict } : problem;
    }

    /// <summary>A payment's day: from <paramref name="earliest"/> (the decision it follows) up to today, never in the future.</summary>
    public static Problem? CheckPaymentDay(DateOnly on, DateOnly earliest, DateOnly today) =>
        on >= earliest && on <= today ? null : Problem.Invalid("paidOn", "subsidy.payment.day_out_of_range", on, earliest, today);
}
