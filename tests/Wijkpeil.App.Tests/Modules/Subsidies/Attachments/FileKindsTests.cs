using Wijkpeil.App.Modules.Subsidies.Attachments;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Attachments;

public sealed class FileKindsTests
{
    [Fact]
    public void ParseList_SchemeSetting_TheKindsNamed()
    {
        var kinds = FileKinds.ParseList(" PDF, .docx;jpg ", out var unknown);

        Assert.Null(unknown);
        Assert.Equal([FileKind.Pdf, FileKind.Docx, FileKind.Jpeg], kinds!.Order());
        Assert.Equal("pdf,docx,jpeg", FileKinds.ToList(kinds!));
        Assert.Equal(kinds, FileKinds.ParseList(FileKinds.ToList(kinds!), out _));
    }

    [Theory]
    [InlineData("pdf,exe", "exe")]
    [InlineData("doc", "doc")]
    [InlineData("pdf,docm", "docm")]
    public void ParseList_UnknownName_NullWithThatName(string text, string expected)
    {
        Assert.Null(FileKinds.ParseList(text, out var unknown));
        Assert.Equal(expected, unknown);
    }

    [Fact]
    public void ParseList_Empty_NoKinds()
    {
        Assert.Empty(FileKinds.ParseList("", out var unknown)!);
        Assert.Null(unknown);
    }

    [Fact]
    public void EveryKind_HasNameLabelContentTypeAndExtension()
    {
        foreach (var kind in FileKinds.Accepted)
        {
            Assert.Equal([kind], FileKinds.ParseList(FileKinds.Name(kind), out _)!);
            Assert.NotEmpty(FileKinds.Label(kind));
            Assert.Contains('/', FileKinds.ContentType(kind));
            Assert.All(FileKinds.Extensions(kind), e => Assert.StartsWith(".", e, StringComparison.Ordinal));
        }

        Assert.Equal(7, FileKinds.Accepted.Count);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKinds.ContentType(FileKind.Docx));
        Assert.Equal("PDF, Word (.docx), JPEG", FileKinds.Labels([FileKind.Jpeg, FileKind.Docx, FileKind.Pdf]));
        Assert.Equal(".pdf,application/pdf,.jpg,.jpeg,image/jpeg", FileKinds.AcceptAttribute([FileKind.Jpeg, FileKind.Pdf]));
    }

    [Theory]
    [InlineData("Begroting 2027.pdf", FileKind.Pdf, "Begroting 2027.pdf")]
    [InlineData("BEGROTING.PDF", FileKind.Pdf, "BEGROTING.pdf")]
    [InlineData("../../etc/passwd", FileKind.Pdf, "passwd.pdf")]
    [InlineData("C:\\Users\\jan\\plan.docx", FileKind.Docx, "plan.docx")]
    [InlineData("script.html", FileKind.Pdf, "script.html.pdf")]
    [InlineData("foto.jpeg", FileKind.Jpeg, "foto.jpeg")]
    [InlineData("foto.png", FileKind.Jpeg, "foto.png.jpg")]
    [InlineData("\"; evil\r\n.pdf", FileKind.Pdf, "; evil.pdf")]
    [InlineData(null, FileKind.Png, "bijlage.png")]
    [InlineData("...", FileKind.Png, "bijlage.png")]
    public void DownloadName_ApplicantsName_WithoutFoldersAndWithTheRealKindsExtension(string? original, FileKind kind, string expected)
    {
        Assert.Equal(expected, FileKinds.DownloadName(original, kind));
    }
}
