using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// A decision letter as a Word document (DOCX): A4, every paragraph in a named style of its own styles part (Title,
/// Heading1 and Heading2 as Word's built-in "heading 1" and "heading 2", so the navigation pane and a screen reader
/// see the structure), the assessment as a table whose header row repeats on every page, the language set on every
/// run and in the document properties.
/// </summary>
public static class DecisionLetterDocx
{
    /// <summary>The MIME type of what <see cref="Write"/> returns, for a download or a mail attachment.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Widths in twentieths of a point: A4 is 11906 x 16838; 25 mm margins leave 9072 for the text.
    private const int TextWidth = 9072;

    public static byte[] Write(DecisionLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var text = DecisionLetterText.For(letter.Language);
        var blocks = DecisionLetterContent.Compose(letter, text);
        var language = text.Culture.Name;

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DecisionLetterDocxStyles.Create(language);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DecisionLetterDocxStyles.BulletNumbering();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new ThemeFontLanguages { Val = language });

            var body = new Body();
            foreach (var block in blocks)
            {
                body.Append(Render(block, language));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Right = 1417, Bottom = 1418, Left = 1417, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);

            document.PackageProperties.Title = text.Get("Document.Title", letter.Reference);
            document.PackageProperties.Subject = letter.SchemeName;
            document.PackageProperties.Creator = letter.IssuingBody;
            document.PackageProperties.Language = language;
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Render(LetterBlock block, string language) => block switch
    {
        LetterBlock.Title title => [StyledParagraph(DecisionLetterDocxStyles.Title, [title.Text], language)],
        LetterBlock.Heading { Level: 1 } heading => [StyledParagraph(DecisionLetterDocxStyles.Heading1, [heading.Text], language)],
        LetterBlock.Heading heading => [StyledParagraph(DecisionLetterDocxStyles.Heading2, [heading.Text], language)],
        LetterBlock.Paragraph paragraph => [StyledParagraph(DecisionLetterDocxStyles.Normal, paragraph.Lines, language)],
        LetterBlock.Bullets bullets => bullets.Items.Select(item => StyledParagraph(DecisionLetterDocxStyles.ListBullet, [item], language)),
        LetterBlock.Table table => [RenderTable(table, language), StyledParagraph(DecisionLetterDocxStyles.Normal, [], language)],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown letter block."),
    };

    /// <summary>A paragraph in <paramref name="styleId"/> with one run per line, separated by line breaks (not new paragraphs).</summary>
    private static Paragraph StyledParagraph(string styleId, IReadOnlyList<string> lines, string language)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        for (var i = 0; i < lines.Count; i++)
        {
            var run = new Run(new RunProperties(new Languages { Val = language }));
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Table RenderTable(LetterBlock.Table table, string language)
    {
        // Criterion, score, reason: the reason gets the room.
        int[] widths = [2700, 1400, TextWidth - 2700 - 1400];
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = DecisionLetterDocxStyles.TableGrid },
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
                new TableCaption { Val = table.Caption }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // The header row is marked as such: Word repeats it on every page and a screen reader announces the cells.
        result.Append(Row(table.Headers, DecisionLetterDocxStyles.TableHeading, widths, language, new TableRowProperties(new CantSplit(), new TableHeader())));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, DecisionLetterDocxStyles.TableText, widths, language, new TableRowProperties(new CantSplit())));
        }

        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, string styleId, int[] widths, string language, TableRowProperties properties)
    {
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                StyledParagraph(styleId, [cells[i]], language)));
        }

        return row;
    }
}
