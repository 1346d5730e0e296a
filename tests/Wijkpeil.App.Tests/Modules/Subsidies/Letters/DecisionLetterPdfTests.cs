using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Wijkpeil.App.Kernel.Mail;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Modules.Subsidies.Letters;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Pdf;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Letters;

/// <summary>The beschikking printed by the real Chromium, and mailed as PDF and DOCX to the applicant.</summary>
public sealed class DecisionLetterPdfTests(ChromiumRenderer chromium) : IClassFixture<ChromiumRenderer>
{
    [Fact]
    public async Task RenderHtmlAsync_GrantLetter_PdfNamesTheAmountAndTheObjectionClause()
    {
        var pdf = await PrintAsync(SampleLetters.Grant());

        var text = await ChromiumRenderer.TextOfAsync(pdf);
        Assert.Contains("Besluit op uw aanvraag om subsidie", text, StringComparison.Ordinal);
        Assert.Contains("Wij verlenen u een subsidie van € 12.500,00 voor het project ‘Buurtmoestuin aan de Soesterweg’.", text, StringComparison.Ordinal);
        Assert.Contains(SampleLetters.ObjectionFirstParagraph, text, StringComparison.Ordinal);
        Assert.Contains(SampleLetters.ObjectionSecondParagraph, text, StringComparison.Ordinal);
        Assert.Contains("eindigt op 18 januari 2027", text, StringComparison.Ordinal);
        Assert.Contains("subsidieplafond van € 150.000,00", text, StringComparison.Ordinal);
        Assert.Contains("Samenwerking met scholen niet van toepassing", text, StringComparison.Ordinal);
        Assert.Contains("Kenmerk SK-2026-0001 · College van burgemeester en wethouders van Amersfoort Pagina 1 van 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderHtmlAsync_EnglishLetter_IsEnglishDownToThePageNumbers()
    {
        var text = await ChromiumRenderer.TextOfAsync(await PrintAsync(SampleLetters.English()));

        Assert.Contains("We award you a grant of €12,500.00", text, StringComparison.Ordinal);
        Assert.Contains("The objection period is six weeks (article 6:7 Awb) and ends on 18 January 2027.", text, StringComparison.Ordinal);
        Assert.Contains("Reference SK-2026-0001 · College van burgemeester en wethouders van Amersfoort Page 1 of", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pagina", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderHtmlAsync_RefusalForARecipientWithMarkup_PrintsTheMarkupAsText()
    {
        var letter = SampleLetters.Refusal() with { Recipient = new LetterRecipient("<b>A. Jansen</b>", null, []) };

        var text = await ChromiumRenderer.TextOfAsync(await PrintAsync(letter));

        Assert.Contains("Geachte <b>A. Jansen</b>,", text, StringComparison.Ordinal);
        Assert.Contains("Wij weigeren de subsidie", text, StringComparison.Ordinal);
        Assert.All(letter.Criteria, c => Assert.Contains(c.Reason, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_LetterAsPdfAndDocx_ArrivesAtTheApplicantWithBothFiles()
    {
        var letter = SampleLetters.Grant();
        var pdf = (await PrintAsync(letter)).ToArray();
        var docx = DecisionLetterDocx.Write(letter);
        await using var smtp = await SmtpListener.StartAsync();
        var sender = new MailKitSender(
            new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpSecurity = "None", PickupFolder = Path.GetTempPath() },
            new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));

        await sender.SendAsync(
            new OutgoingMail(
                "a.jansen@example.org",
                "Besluit op uw aanvraag SK-2026-0001",
                "Geachte A. Jansen,\n\nIn de bijlagen vindt u ons besluit.",
                "<p>Geachte A. Jansen,</p><p>In de bijlagen vindt u ons besluit.</p>",
                [
                    new MailAttachment(letter.FileName("pdf"), "application/pdf", pdf),
                    new MailAttachment(letter.FileName("docx"), DecisionLetterDocx.ContentType, docx),
                ]),
            TestContext.Current.CancellationToken);

        var message = Assert.Single(smtp.Messages);
        var files = message.Attachments.OfType<MimePart>().ToDictionary(a => a.FileName ?? string.Empty, Decode);
        Assert.Equal(["beschikking-SK-2026-0001.docx", "beschikking-SK-2026-0001.pdf"], files.Keys.Order());
        Assert.Contains("€ 12.500,00", await ChromiumRenderer.TextOfAsync(files["beschikking-SK-2026-0001.pdf"]), StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(files["beschikking-SK-2026-0001.docx"]), isEditable: false);
        Assert.Contains("Bezwaar maken", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    private async Task<ReadOnlyMemory<byte>> PrintAsync(DecisionLetter letter)
    {
        var result = await chromium.Renderer.RenderHtmlAsync(DecisionLetterHtml.Write(letter), DecisionLetterHtml.Footer(letter), TestContext.Current.CancellationToken);
        return Assert.IsType<PdfResult.Rendered>(result).Content;
    }

    private static byte[] Decode(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }
}
