using DocumentFormat.OpenXml.Wordprocessing;

namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// The styles part of a decision letter: Word's built-in paragraph styles by their built-in ids and names (Normal,
/// Title, "heading 1", "heading 2", "List Bullet", "Table Grid"), so Word treats them as its own (navigation pane,
/// table of contents, outline levels), plus two for table cells. All formatting lives here; the runs carry none.
/// </summary>
internal static class DecisionLetterDocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListBullet = "ListBullet";
    public const string TableHeading = "TableHeading";
    public const string TableText = "TableText";
    public const string TableGrid = "TableGrid";

    private const int BulletNumberingId = 1;

    public static Styles Create(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
        Paragraph(Title, "Title", outlineLevel: null, sizeHalfPoints: 36, spaceBefore: 360),
        Paragraph(Heading1, "heading 1", outlineLevel: 0, sizeHalfPoints: 28, spaceBefore: 280),
        Paragraph(Heading2, "heading 2", outlineLevel: 1, sizeHalfPoints: 24, spaceBefore: 200),
        new Style(
            new StyleName { Val = "List Bullet" },
            new BasedOn { Val = Normal },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }),
                new SpacingBetweenLines { After = "80" },
                new Indentation { Left = "360", Hanging = "360" }))
        { Type = StyleValues.Paragraph, StyleId = ListBullet },
        new Style(
            new StyleName { Val = "Table Heading" },
            new BasedOn { Val = TableText },
            new NextParagraphStyle { Val = TableText },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext()),
            new StyleRunProperties(new Bold(), new BoldComplexScript()))
        { Type = StyleValues.Paragraph, StyleId = TableHeading, CustomStyle = true },
        new Style(
            new StyleName { Val = "Table Text" },
            new BasedOn { Val = Normal },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }))
        { Type = StyleValues.Paragraph, StyleId = TableText, CustomStyle = true },
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = TableGrid });

    /// <summary>One bullet list definition ("•", indented), used by the List Bullet style.</summary>
    public static Numbering BulletNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Style Paragraph(string styleId, string name, int? outlineLevel, int sizeHalfPoints, int spaceBefore)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = outlineLevel is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new Bold(),
                new BoldComplexScript(),
                new Color { Val = "1F3864" },
                new FontSize { Val = sizeHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = sizeHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = styleId };
    }
}
