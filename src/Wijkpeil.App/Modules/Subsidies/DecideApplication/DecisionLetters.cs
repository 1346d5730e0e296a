using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Subsidies.AssessApplication;
using Wijkpeil.App.Modules.Subsidies.Letters;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DecideApplication;

/// <summary>
/// The beschikking of a decided application, composed from what is stored (application, scheme, criteria, scores,
/// the gemeente's name) and written as PDF or DOCX. Nothing of the letter is stored: it is composed again for every
/// download and mail, so it must only use facts that do not change after the decision (the plafond "available before"
/// is counted from the grants decided earlier, not from today's total).
/// </summary>
/// <remarks>
/// The applicant's language is not stored: a letter is Dutch, and English only when it is downloaded by someone whose
/// request culture is English (<see cref="LanguageOf"/>). The mailed letter is Dutch.
/// </remarks>
public sealed class DecisionLetters(WijkpeilDbContext db, IAreaRegister areas, PdfRenderer renderer)
{
    public static LetterLanguage LanguageOf(CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? LetterLanguage.English : LetterLanguage.Dutch;

    /// <summary>The decided application <paramref name="id"/> and its scheme (untracked), or nulls when there is no decision yet.</summary>
    public async Task<(SubsidyApplication? Application, SubsidyScheme? Scheme)> DecidedAsync(int id, CancellationToken ct)
    {
        var application = await SchemeAccess.ApplicationAsync(db, id, tracked: false, ct);
        if (application is not { IsDecided: true, DecisionSentOn: not null } || application.AnonymisedAt is not null)
        {
            return (null, null);
        }

        return (application, await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct));
    }

    public async Task<DecisionLetter> ComposeAsync(SubsidyApplication application, SubsidyScheme scheme, LetterLanguage language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(scheme);
        var culture = DecisionLetterText.For(language).Culture;
        string T(string key, params object?[] arguments) => DecisionLettersText.Get(culture, key, arguments);

        var gemeente = await areas.Areas.Where(a => a.Code == scheme.Gemeente).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? scheme.Gemeente.Value;
        var date = application.DecisionSentOn!.Value;
        var granted = application.Granted;
        var grants = application.IsGranted && granted is not null;
        var applicant = application.Applicant;
        var postal = string.Join(' ', new[] { applicant.PostalCode, applicant.City }.Where(s => !string.IsNullOrWhiteSpace(s)));

        return new DecisionLetter
        {
            Language = language,
            IssuingBody = T("Letter.IssuingBody", gemeente),
            SenderAddress = [],
            Date = date,
            Reference = application.Reference,
            SchemeName = scheme.Name,
            Regulation = T("Letter.Regulation", gemeente, scheme.Name),
            Recipient = new LetterRecipient(applicant.ContactName, applicant.OrganisationName, [applicant.Address ?? string.Empty, postal]),
            ProjectTitle = application.Title,
            ReceivedOn = application.ReceivedOn ?? date,
            AmountApplied = application.AmountRequested,
            Kind = application.Decision!.Value,
            AmountGranted = grants ? granted : null,
            Advance = grants && scheme.AdvancePercent > 0 ? new LetterAdvance(AdvancePayment.For(granted!.Value, scheme.AdvancePercent), scheme.AdvancePercent) : null,
            FinalReportDue = grants ? FinalReportDue(application, scheme, date) : null,
            Criteria = await CriteriaAsync(application, scheme, culture, ct),
            Motivation = application.DecisionMotivation ?? string.Empty,
            Plafond = await PlafondAsync(application, scheme, ct),
            Obligations = grants ? [T("Letter.Obligation1"), T("Letter.Obligation2"), T("Letter.Obligation3"), T("Letter.Obligation4")] : [],
            ObjectionClause = scheme.ObjectionClause,
            ObjectionDeadline = ObjectionTerm.EndsOn(date),
            Signatory = new LetterSignatory(T("Letter.Signatory"), T("Letter.Function", gemeente)),
        };
    }

    /// <summary>The letter printed by Chromium, or null when no PDF can be made now (Chromium missing, stopped or too slow).</summary>
    public async Task<byte[]?> PdfAsync(DecisionLetter letter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var result = await renderer.RenderHtmlAsync(DecisionLetterHtml.Write(letter), DecisionLetterHtml.Footer(letter), ct);
        return result is PdfResult.Rendered rendered ? rendered.Content.ToArray() : null;
    }

    public static byte[] Docx(DecisionLetter letter) => DecisionLetterDocx.Write(letter);

    private static DateOnly FinalReportDue(SubsidyApplication application, SubsidyScheme scheme, DateOnly date) =>
        application.ReportDueOn is { } due && due > date ? due : date.AddDays(scheme.FinalReportTermWeeks * 7);

    /// <summary>The officer's reason per criterion, in the scheme's order, with the assessors' mean score when there is one.</summary>
    private async Task<IReadOnlyList<LetterCriterion>> CriteriaAsync(SubsidyApplication application, SubsidyScheme scheme, CultureInfo culture, CancellationToken ct)
    {
        var reasons = application.Motivations.Where(m => !string.IsNullOrWhiteSpace(m.Reason)).ToDictionary(m => m.CriterionId, m => m.Reason);
        if (reasons.Count == 0)
        {
            return [];
        }

        var assessments = await db.SubsidyAssessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.ApplicationId == application.Id).OrderBy(a => a.AssignedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var outcomes = ApplicationScores.Of(scheme, ApplicationScores.Counted(assessments)).Criteria.ToDictionary(c => c.CriterionId);
        return
        [
            .. scheme.Criteria.OrderBy(c => c.Position).Where(c => reasons.ContainsKey(c.Id)).Select(c => new LetterCriterion(
                c.Name,
                outcomes.GetValueOrDefault(c.Id) switch
                {
                    { Mean: { } mean } => DecisionLettersText.Get(culture, "Letter.Score", mean.ToString("0.0", culture), scheme.ScaleMax),
                    { NotApplicableBy: > 0 } => null,
                    _ => DecisionLettersText.Get(culture, "Letter.NotScored"),
                },
                reasons[c.Id])),
        ];
    }

    /// <summary>The plafond for this application and what was left of it just before this decision: the grants decided earlier.</summary>
    private async Task<PlafondReference> PlafondAsync(SubsidyApplication application, SubsidyScheme scheme, CancellationToken ct)
    {
        var plafond = scheme.PlafondFor(application.SubmittedAt);
        var grants = await db.SubsidyApplications.AsNoTracking()
            .Where(a => a.SchemeId == scheme.Id && a.GrantedCents != null && a.Id != application.Id)
            .Select(a => new { a.Id, a.DecidedAt, a.GrantedCents }).ToListAsync(ct);
        var earlier = grants.Where(g => g.DecidedAt < application.DecidedAt || (g.DecidedAt == application.DecidedAt && g.Id < application.Id)).Sum(g => g.GrantedCents!.Value);
        return new PlafondReference(plafond, plafond - Money.FromCents(earlier));
    }
}
