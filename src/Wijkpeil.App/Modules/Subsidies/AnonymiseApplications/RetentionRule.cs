using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;

/// <summary>
/// From which day (Europe/Amsterdam) an application's personal data is anonymised; null while it must be kept
/// (still being handled, granted but not yet settled) or when it already is.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Settled: <c>years</c> after the settlement (the fiscal records of the payment).</item>
/// <item>Refused or not considered: <c>years</c> after the objection term ended (Awb 6:7), or after the last objection
/// registered if that came later: the decision must stay defensible until then.</item>
/// <item>Withdrawn: <c>years</c> after the last dated event (filing, completion, request); the withdrawal itself is
/// not dated in the record.</item>
/// <item>A draft never filed: <see cref="RetentionOptions.DraftYears"/> after it was started or a file was last
/// added (a draft's text edits are not dated).</item>
/// </list>
/// </remarks>
public static class RetentionRule
{
    public static DateOnly? AnonymiseOn(SubsidyApplication application, int years)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.AnonymisedAt is not null)
        {
            return null;
        }

        return application.Status switch
        {
            ApplicationStatus.Settled when application.SettledAt is { } settled => SubsidyTime.DayOf(settled).AddYears(years),
            ApplicationStatus.Refused or ApplicationStatus.NotConsidered => DecisionFinalOn(application)?.AddYears(years),
            ApplicationStatus.Withdrawn => SubsidyTime.DayOf(LastEvent(application)).AddYears(years),
            ApplicationStatus.Draft => SubsidyTime.DayOf(LastEvent(application)).AddYears(RetentionOptions.DraftYears),
            _ => null,
        };
    }

    private static DateOnly? DecisionFinalOn(SubsidyApplication application)
    {
        var sent = application.DecisionSentOn ?? (application.DecidedAt is { } decided ? SubsidyTime.DayOf(decided) : null);
        if (sent is not { } sentOn)
        {
            return null;
        }

        var termEnds = ObjectionTerm.EndsOn(sentOn);
        var lastObjection = application.Objections.Select(o => (DateOnly?)o.ReceivedOn).Max();
        return lastObjection is { } objection && objection > termEnds ? objection : termEnds;
    }

    private static DateTimeOffset LastEvent(SubsidyApplication application) =>
        new[] { application.CreatedAt, application.SubmittedAt, application.CompleteAt }
            .Concat(application.Attachments.Select(a => (DateTimeOffset?)a.AddedAt))
            .Concat(application.CompletionRequests.Select(c => (DateTimeOffset?)c.RequestedAt))
            .Where(d => d is not null)
            .Max()!.Value;
}
