using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Wijkpeil.App.Modules.Subsidies.Letters;

using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Letters;

/// <summary>The beschikking as Word opens it: read back with the Open XML SDK, styles part and all.</summary>
public sealed class DecisionLetterDocxTests
{
    [Fact]
    public void Write_Grant_HeadingsUseHeading1AndHeading2StylesOfTheStylesPart()
    {
        using var document = Open(SampleLetters.Grant());

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"]);
        Assert.Equal("heading 2", styles["Heading2"]);
        Assert.Equal("Title", styles["Title"]);
        Assert.Equal("Normal", styles["Normal"]);
        Assert.Equal(["Besluit op uw aanvraag om subsidie"], TextsInStyle(document, "Title"));
        Assert.Equal(
            ["Ons besluit", "Motivering", "Subsidieplafond", "Betaling en verantwoording", "Verplichtingen", "Bezwaar maken"],
            TextsInStyle(document, "Heading1"));
        Assert.Equal(["Beoordeling per criterium"], TextsInStyle(document, "Heading2"));

        // Every style a paragraph names exists, and the headings' outline levels put them in Word's navigation pane.
        var used = Body(document).Descendants<ParagraphStyleId>().Select(p => p.Val!.Value!).Distinct();
        Assert.All(used, id => Assert.Contains(id, styles.Keys));
        var headingStyles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Where(s => s.StyleId!.Value!.StartsWith("Heading", StringComparison.Ordinal));
        Assert.Equal([0, 1], headingStyles.Select(s => s.StyleParagraphProperties!.OutlineLevel!.Val!.Value));
    }

    [Fact]
    public void Write_Grant_FormattingIsInTheStylesNotOnTheRuns()
    {
        using var document = Open(SampleLetters.Grant());

        var runProperties = Body(document).Descendants<RunProperties>().ToList();
        Assert.NotEmpty(runProperties);
        Assert.All(runProperties, p => Assert.Equal([typeof(Languages)], p.ChildElements.Select(c => c.GetType())));
    }

    [Fact]
    public void Write_Grant_NamesTheAmountTheObjectionClauseAndTheDeadline()
    {
        using var document = Open(SampleLetters.Grant());

        var paragraphs = ParagraphTexts(document);
        Assert.Contains("Wij verlenen u een subsidie van € 12.500,00 voor het project ‘Buurtmoestuin aan de Soesterweg’.", paragraphs);
        Assert.Contains(SampleLetters.ObjectionFirstParagraph, paragraphs);
        Assert.Contains(SampleLetters.ObjectionSecondParagraph, paragraphs);
        Assert.Contains("De bezwaartermijn is zes weken (artikel 6:7 Awb) en eindigt op 18 januari 2027.", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("subsidieplafond van € 150.000,00", StringComparison.Ordinal)
            && p.Contains("nog € 40.000,00 beschikbaar", StringComparison.Ordinal)
            && p.Contains("artikel 4:25, tweede lid, Awb", StringComparison.Ordinal));
        Assert.Contains("Wij betalen u een voorschot van € 10.000,00 (80% van de verleende subsidie). Het overige deel betalen wij nadat wij de subsidie hebben vastgesteld.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Dien uiterlijk 31 december 2027 een aanvraag tot vaststelling in", StringComparison.Ordinal));
        Assert.Equal(SampleLetters.Grant().Obligations, TextsInStyle(document, "ListBullet"));
    }

    [Fact]
    public void Write_Grant_MotivationTableHasAHeaderRowAndARowPerCriterion()
    {
        var letter = SampleLetters.Grant();
        using var document = Open(letter);

        var table = Assert.Single(Body(document).Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["Criterium", "Score", "Toelichting"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(
            letter.Criteria.Select(c => new[] { c.Criterion, c.Score ?? "niet van toepassing", c.Reason }),
            rows.Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()));
        Assert.Equal("TableGrid", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
    }

    [Fact]
    public void Write_Refusal_GivesEveryCriterionsReasonAndNoPayment()
    {
        var letter = SampleLetters.Refusal();
        using var document = Open(letter);

        var paragraphs = ParagraphTexts(document);
        Assert.Contains("Wij weigeren de subsidie voor het project ‘Buurtmoestuin aan de Soesterweg’. Hieronder leest u waarom.", paragraphs);
        Assert.Contains(letter.Motivation, paragraphs);
        Assert.All(letter.Criteria, c => Assert.Contains(c.Reason, paragraphs));
        Assert.DoesNotContain("Betaling en verantwoording", TextsInStyle(document, "Heading1"));
        Assert.DoesNotContain("Verplichtingen", TextsInStyle(document, "Heading1"));
        Assert.Contains(SampleLetters.ObjectionFirstParagraph, paragraphs);
    }

    [Fact]
    public void Write_RefusalOnItsReasonsPerCriterionAlone_IsALetterWithTheMotivationHeadingAndEveryReason()
    {
        // The officer's form makes the general motivation optional for a refusal: the reasons per criterion carry it.
        var letter = SampleLetters.Refusal() with { Motivation = string.Empty };
        using var document = Open(letter);

        Assert.Contains("Motivering", TextsInStyle(document, "Heading1"));
        var paragraphs = ParagraphTexts(document);
        Assert.All(letter.Criteria, c => Assert.Contains(c.Reason, paragraphs));
    }

    [Fact]
    public void Write_PartialGrant_NamesTheGrantAndTheRefusedRest()
    {
        using var document = Open(SampleLetters.Grant() with { Kind = DecisionKind.PartialGrant, AmountGranted = SampleLetters.Euros(9_000.50m), Advance = null });

        Assert.Contains(
            "Wij verlenen u een subsidie van € 9.000,50 voor het project ‘Buurtmoestuin aan de Soesterweg’. U vroeg € 12.500,00 aan; voor het overige bedrag van € 3.499,50 weigeren wij de subsidie. Hieronder leest u waarom.",
            ParagraphTexts(document));
        Assert.Contains("Wij betalen de subsidie nadat wij haar hebben vastgesteld.", ParagraphTexts(document));
    }

    [Fact]
    public void Write_NotConsidered_CitesAwb45()
    {
        using var document = Open(SampleLetters.Refusal() with
        {
            Kind = DecisionKind.NotConsidered,
            Criteria = [],
            Motivation = "Wij vroegen u op 2 november 2026 uw begroting aan te vullen vóór 16 november 2026. Dat is niet gebeurd.",
        });

        var paragraphs = ParagraphTexts(document);
        Assert.Contains("Wij nemen uw aanvraag niet in behandeling (artikel 4:5 Awb).", paragraphs);
        Assert.Empty(Body(document).Elements<Table>());
        Assert.DoesNotContain("Beoordeling per criterium", TextsInStyle(document, "Heading2"));
    }

    [Fact]
    public void Write_English_IsWrittenInEnglish()
    {
        using var document = Open(SampleLetters.English());

        var paragraphs = ParagraphTexts(document);
        Assert.Equal(["Decision on your application for a grant"], TextsInStyle(document, "Title"));
        Assert.Contains("We award you a grant of €12,500.00 for the project ‘Buurtmoestuin aan de Soesterweg’.", paragraphs);
        Assert.Contains("The objection period is six weeks (article 6:7 Awb) and ends on 18 January 2027.", paragraphs);
        Assert.Contains("Objection", TextsInStyle(document, "Heading1"));
        Assert.Equal(["Criterion", "Score", "Reason"], Body(document).Descendants<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        Assert.Contains("not applicable", Body(document).Descendants<TableCell>().Select(c => c.InnerText));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Wij ", StringComparison.Ordinal) || p.Contains("Bezwaar", StringComparison.Ordinal));
        Assert.All(Body(document).Descendants<Languages>(), l => Assert.Equal("en-GB", l.Val!.Value));
        Assert.Equal("en-GB", document.PackageProperties.Language);
    }

    [Fact]
    public void Write_Dutch_SetsLanguageAndTitleInTheDocumentProperties()
    {
        using var document = Open(SampleLetters.Grant());

        Assert.Equal("Besluit op uw aanvraag om subsidie, kenmerk SK-2026-0001", document.PackageProperties.Title);
        Assert.Equal("nl-NL", document.PackageProperties.Language);
        Assert.Equal("College van burgemeester en wethouders van Amersfoort", document.PackageProperties.Creator);
        Assert.All(Body(document).Descendants<Languages>(), l => Assert.Equal("nl-NL", l.Val!.Value));
        Assert.Equal("nl-NL", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
    }

    [Fact]
    public void Write_EveryKind_IsValidOpenXml()
    {
        DecisionLetter[] letters = [SampleLetters.Grant(), SampleLetters.Refusal(), SampleLetters.English()];
        foreach (var letter in letters)
        {
            using var document = Open(letter);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void Write_RefusalWithoutReasonForACriterion_Throws()
    {
        var letter = SampleLetters.Refusal() with { Criteria = [new LetterCriterion("Betrokkenheid van bewoners", "1 van 5", " ")] };

        var error = Assert.Throws<ArgumentException>(() => DecisionLetterDocx.Write(letter));
        Assert.Contains("a name and a reason for every criterion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PartialGrantOfTheFullAmount_Throws()
    {
        var letter = SampleLetters.Grant() with { Kind = DecisionKind.PartialGrant };

        Assert.Throws<ArgumentException>(() => DecisionLetterDocx.Write(letter));
    }

    private static WordprocessingDocument Open(DecisionLetter letter) =>
        WordprocessingDocument.Open(new MemoryStream(DecisionLetterDocx.Write(letter)), isEditable: false);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static List<string> TextsInStyle(WordprocessingDocument document, string styleId) =>
        [.. Body(document).Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(Text)];

    /// <summary>Each paragraph's text, lines joined by a newline, the no-break space after "€" read as a space.</summary>
    private static List<string> ParagraphTexts(WordprocessingDocument document) =>
        [.. Body(document).Descendants<Paragraph>().Select(Text)];

    private static string Text(Paragraph paragraph) =>
        string.Join("\n", paragraph.Elements<Run>().Select(r => string.Concat(r.Elements<Text>().Select(t => t.Text)))).Replace('\u00A0', ' ');
}
