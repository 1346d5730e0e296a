using System.Text.RegularExpressions;

using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// The words of a decision letter in reading order: sender, addressee, date and reference, the decision, its reasons
/// (per criterion), the plafond it was taken within, payment and obligations for a grant, and how to object.
/// </summary>
internal static partial class DecisionLetterContent
{
    public static IReadOnlyList<LetterBlock> Compose(DecisionLetter letter, DecisionLetterText text)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(text);
        letter.Check();

        var blocks = new List<LetterBlock>
        {
            new LetterBlock.Paragraph([letter.IssuingBody, .. NonEmpty(letter.SenderAddress)]),
            new LetterBlock.Paragraph(RecipientLines(letter.Recipient, text)),
            new LetterBlock.Paragraph(
            [
                $"{text.Get("Fact.Date")}: {text.Date(letter.Date)}",
                $"{text.Get("Fact.Reference")}: {letter.Reference}",
                $"{text.Get("Fact.Scheme")}: {letter.SchemeName}",
            ]),
            new LetterBlock.Title(text.Get("Title")),
            new LetterBlock.Paragraph(text.Get("Salutation", letter.Recipient.Name)),
            new LetterBlock.Paragraph(text.Get("Intro", text.Date(letter.ReceivedOn), letter.SchemeName, letter.ProjectTitle, text.Amount(letter.AmountApplied))),
            new LetterBlock.Heading(1, text.Get("Decision.Heading")),
            new LetterBlock.Paragraph(DecisionSentence(letter, text)),
            new LetterBlock.Paragraph(text.Get("LegalBasis", letter.Regulation)),
        };

        if (!string.IsNullOrWhiteSpace(letter.Motivation) || letter.Criteria.Count > 0)
        {
            blocks.Add(new LetterBlock.Heading(1, text.Get("Motivation.Heading")));
            blocks.AddRange(Paragraphs(letter.Motivation));
            if (letter.Criteria.Count > 0)
            {
                blocks.Add(new LetterBlock.Heading(2, text.Get("Criteria.Heading")));
                blocks.Add(new LetterBlock.Paragraph(text.Get("Criteria.Lead")));
                blocks.Add(new LetterBlock.Table(
                    text.Get("Criteria.Heading"),
                    [text.Get("Criteria.Criterion"), text.Get("Criteria.Score"), text.Get("Criteria.Reason")],
                    [.. letter.Criteria.Select(c => (IReadOnlyList<string>)[c.Criterion, c.Score ?? text.Get("Criteria.NotApplicable"), c.Reason])]));
            }
        }

        blocks.Add(new LetterBlock.Heading(1, text.Get("Plafond.Heading")));
        blocks.Add(new LetterBlock.Paragraph(text.Get("Plafond.Text", text.Amount(letter.Plafond.Plafond), text.Amount(letter.Plafond.AvailableBefore))));

        if (letter.Grants)
        {
            blocks.Add(new LetterBlock.Heading(1, text.Get("Payment.Heading")));
            blocks.Add(new LetterBlock.Paragraph(letter.Advance is { } advance
                ? text.Get("Payment.Advance", text.Amount(advance.Amount), advance.Percent)
                : text.Get("Payment.NoAdvance")));
            blocks.Add(new LetterBlock.Paragraph(text.Get("Payment.FinalReport", text.Date(letter.FinalReportDue!.Value))));
            var obligations = NonEmpty(letter.Obligations);
            if (obligations.Count > 0)
            {
                blocks.Add(new LetterBlock.Heading(1, text.Get("Obligations.Heading")));
                blocks.Add(new LetterBlock.Paragraph(text.Get("Obligations.Lead")));
                blocks.Add(new LetterBlock.Bullets(obligations));
            }
        }

        blocks.Add(new LetterBlock.Heading(1, text.Get("Objection.Heading")));
        blocks.AddRange(Paragraphs(letter.ObjectionClause));
        blocks.Add(new LetterBlock.Paragraph(text.Get("Objection.Deadline", text.Date(letter.ObjectionDeadline))));

        blocks.Add(new LetterBlock.Paragraph([text.Get("Closing"), $"{letter.IssuingBody},", text.Get("Closing.OnBehalf")]));
        blocks.Add(new LetterBlock.Paragraph([letter.Signatory.Name, letter.Signatory.Function]));
        return blocks;
    }

    private static string DecisionSentence(DecisionLetter letter, DecisionLetterText text) => letter.Kind switch
    {
        DecisionKind.Grant => text.Get("Decision.Grant", text.Amount(letter.AmountGranted!.Value), letter.ProjectTitle),
        DecisionKind.PartialGrant => text.Get(
            "Decision.PartialGrant",
            text.Amount(letter.AmountGranted!.Value),
            letter.ProjectTitle,
            text.Amount(letter.AmountApplied),
            text.Amount(letter.AmountApplied - letter.AmountGranted!.Value)),
        DecisionKind.Refusal => text.Get("Decision.Refusal", letter.ProjectTitle),
        DecisionKind.NotConsidered => text.Get("Decision.NotConsidered"),
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter.Kind, "Unknown decision kind."),
    };

    private static List<string> RecipientLines(LetterRecipient recipient, DecisionLetterText text)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(recipient.Organisation))
        {
            lines.Add(recipient.Organisation.Trim());
            lines.Add(text.Get("Recipient.Attention", recipient.Name));
        }
        else
        {
            lines.Add(recipient.Name);
        }

        lines.AddRange(NonEmpty(recipient.Address ?? []));
        return lines;
    }

    /// <summary>Text typed with empty lines between paragraphs, as paragraphs; a single line break stays a line break.</summary>
    private static IEnumerable<LetterBlock> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : ParagraphBreak().Split(text.Trim())
                .Select(p => new LetterBlock.Paragraph([.. p.Split('\n').Select(line => line.TrimEnd('\r').Trim()).Where(line => line.Length > 0)]));

    private static List<string> NonEmpty(IEnumerable<string> lines) =>
        [.. lines.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line.Trim())];

    [GeneratedRegex(@"\r?\n[ \t]*(\r?\n[ \t]*)+")]
    private static partial Regex ParagraphBreak();
}
