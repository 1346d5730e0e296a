using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>The module's own refusals, beside the domain's (which arrive through <see cref="Problem.From"/>).</summary>
internal static class SubsidyProblems
{
    public static Problem SchemeNotFound(int id) => Problem.NotFound("subsidy.scheme.not_found", id);

    public static Problem ApplicationNotFound(int id) => Problem.NotFound("subsidy.application.not_found", id);

    public static Problem Forbidden() => Problem.Forbidden("subsidy.forbidden");

    /// <summary>Awb 4:25 lid 2: a grant that would pass the plafond is refused; the message names what is left.</summary>
    public static Problem PlafondExceeded(Money amount, Money remaining, Money plafond) =>
        Problem.Conflict("amount", "subsidy.decision.plafond_exceeded", amount.Euros, Money.Larger(remaining, Money.Zero).Euros, plafond.Euros);

    /// <summary>Someone else changed the application between reading and saving (two officers deciding at once).</summary>
    public static Problem ChangedMeanwhile() => Problem.Conflict(null, "subsidy.application.changed_meanwhile");

    public static IReadOnlyList<Problem> From(IEnumerable<DomainError> errors) => [.. errors.Select(e => Problem.From(e))];
}
