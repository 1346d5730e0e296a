using Wijkpeil.Domain.Common;

using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// Everything a beschikking letter says, filled from the database by the module that takes the decision; the writers
/// (<see cref="DecisionLetterDocx"/>, <see cref="DecisionLetterHtml"/>) only add the fixed wording of
/// <see cref="DecisionLetterText"/>. Texts are plain: the writers encode them.
/// </summary>
/// <remarks>
/// The rules a letter must obey (<see cref="Check"/>) are checked when it is written; breaking one is a bug in the
/// caller, not an expected outcome, so it throws.
/// </remarks>
public sealed record DecisionLetter
{
    public required LetterLanguage Language { get; init; }

    /// <summary>The administrative body that decides, e.g. "College van burgemeester en wethouders van Amersfoort".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The sender's postal address, one line each (e.g. "Postbus 4000", "3800 EA Amersfoort").</summary>
    public required IReadOnlyList<string> SenderAddress { get; init; }

    /// <summary>The date of the decision (and of sending it).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The application's reference, e.g. "SK-2026-0001".</summary>
    public required string Reference { get; init; }

    /// <summary>The scheme (subsidieregeling), e.g. "Subsidieregeling Soesterkwartier 2026".</summary>
    public required string SchemeName { get; init; }

    /// <summary>The regulation the decision rests on, as it is cited, e.g. "Algemene Subsidieverordening Amersfoort 2024".</summary>
    public required string Regulation { get; init; }

    public required LetterRecipient Recipient { get; init; }

    /// <summary>The project's title as the applicant gave it.</summary>
    public required string ProjectTitle { get; init; }

    /// <summary>The day the application was received (Awb 4:3a).</summary>
    public required DateOnly ReceivedOn { get; init; }

    public required Money AmountApplied { get; init; }

    public required DecisionKind Kind { get; init; }

    /// <summary>The amount granted: set (above zero) for a grant, and below <see cref="AmountApplied"/> for a partial one; null otherwise.</summary>
    public Money? AmountGranted { get; init; }

    /// <summary>The advance (voorschot) paid on a grant, if any.</summary>
    public LetterAdvance? Advance { get; init; }

    /// <summary>The last day for the application for final determination (aanvraag tot vaststelling); set for a grant.</summary>
    public DateOnly? FinalReportDue { get; init; }

    /// <summary>The assessment per criterion, in the scheme's order; may be empty (an application not considered has none).</summary>
    public required IReadOnlyList<LetterCriterion> Criteria { get; init; }

    /// <summary>The officer's reasons in words; paragraphs separated by an empty line.</summary>
    public required string Motivation { get; init; }

    public required PlafondReference Plafond { get; init; }

    /// <summary>The obligations that come with a grant (verplichtingen), one sentence each; empty for no grant.</summary>
    public required IReadOnlyList<string> Obligations { get; init; }

    /// <summary>The scheme's rechtsmiddelenclausule (Awb 3:45): how and where to object; paragraphs separated by an empty line.</summary>
    public required string ObjectionClause { get; init; }

    /// <summary>The last day to object (six weeks, Awb 6:7 and 6:8).</summary>
    public required DateOnly ObjectionDeadline { get; init; }

    public required LetterSignatory Signatory { get; init; }

    /// <summary>Whether this decision grants money (in full or in part).</summary>
    public bool Grants => Kind is DecisionKind.Grant or DecisionKind.PartialGrant;

    /// <summary>
    /// The name to save or attach the letter under: "beschikking-SK-2026-0001.pdf" (English: "decision-…"); the
    /// reference keeps only letters, digits and dashes, so the name is safe on any file system and in a mail header.
    /// </summary>
    public string FileName(string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        var reference = new string([.. Reference.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        var word = Language == LetterLanguage.English ? "decision" : "beschikking";
        return $"{word}-{reference}.{extension.TrimStart('.')}";
    }

    /// <summary>Throws when the letter would contradict itself or leave out what the Awb requires of it.</summary>
    public void Check()
    {
        ArgumentNullException.ThrowIfNull(SenderAddress);
        ArgumentNullException.ThrowIfNull(Criteria);
        ArgumentNullException.ThrowIfNull(Obligations);
        ArgumentNullException.ThrowIfNull(Recipient);
        ArgumentNullException.ThrowIfNull(Plafond);
        ArgumentNullException.ThrowIfNull(Signatory);
        Require(!string.IsNullOrWhiteSpace(IssuingBody), "an issuing body");
        Require(!string.IsNullOrWhiteSpace(Reference), "a reference");
        Require(!string.IsNullOrWhiteSpace(SchemeName) && !string.IsNullOrWhiteSpace(Regulation), "the scheme and its regulation");
        Require(!string.IsNullOrWhiteSpace(ProjectTitle), "the project's title");
        Require(!string.IsNullOrWhiteSpace(ObjectionClause), "the objection clause (Awb 3:45)");
        Require(ObjectionDeadline > Date, "an objection deadline after the date of the decision");
        Require(AmountApplied.Cents > 0, "an amount applied for above zero");
        if (Grants)
        {
            Require(AmountGranted is { Cents: > 0 }, "the amount granted");
            Require(Kind == DecisionKind.Grant ? AmountGranted <= AmountApplied : AmountGranted < AmountApplied,
                "for a grant no more than applied for, for a partial grant less");
            Require(Advance is null || Advance.Amount <= AmountGranted!.Value, "an advance no larger than the grant");
            Require(FinalReportDue is { } due && due > Date, "a final-report date after the decision");
        }
        else
        {
            Require(AmountGranted is null && Advance is null, "no amount granted or advance");
        }

        // Awb 3:46 and 4:25: a refusal stands on its reasons, per criterion as the scheme assesses.
        Require(Kind != DecisionKind.Refusal || Criteria.Count > 0, "the assessment per criterion for a refusal");
        Require(Criteria.All(c => !string.IsNullOrWhiteSpace(c.Criterion) && !string.IsNullOrWhiteSpace(c.Reason)), "a name and a reason for every criterion");
        // A refusal may rest on its reasons per criterion alone; the general motivation is optional there (as in the domain).
        Require(!string.IsNullOrWhiteSpace(Motivation) || Kind is DecisionKind.Grant || (Kind is DecisionKind.Refusal && Criteria.Count > 0),
            "a motivation for anything but a grant in full (a refusal: at least its reasons per criterion)");
        Require(!string.IsNullOrWhiteSpace(Signatory.Name) && !string.IsNullOrWhiteSpace(Signatory.Function), "the signatory's name and function");
    }

    private void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new ArgumentException($"Decision letter {Reference} ({Kind}) needs {what}.");
        }
    }
}

/// <summary>The addressee: the applicant, and their organisation when they applied for one.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Organisation">The organisation's name, or null for a private person.</param>
/// <param name="Address">Postal address lines; empty when only an e-mail address is known.</param>
public sealed record LetterRecipient(string Name, string? Organisation, IReadOnlyList<string> Address);

/// <summary>The advance (voorschot) on a grant: the amount and the percentage of the grant it is.</summary>
public sealed record LetterAdvance(Money Amount, int Percent);

/// <summary>One criterion's assessment as the letter states it.</summary>
/// <param name="Criterion">The criterion's name as the scheme publishes it.</param>
/// <param name="Score">The score as text ("4 van 5"), or null when the criterion was not applicable ("niet van toepassing").</param>
/// <param name="Reason">Why this score; mandatory.</param>
public sealed record LetterCriterion(string Criterion, string? Score, string Reason);

/// <summary>The budget ceiling the decision was taken within (Awb 4:25 lid 2).</summary>
/// <param name="Plafond">The scheme's published plafond.</param>
/// <param name="AvailableBefore">What was left of it just before this decision.</param>
public sealed record PlafondReference(Money Plafond, Money AvailableBefore);

/// <summary>Who signs, on the body's behalf (mandaat): "J. de Vries", "teamleider Subsidies".</summary>
public sealed record LetterSignatory(string Name, string Function);
