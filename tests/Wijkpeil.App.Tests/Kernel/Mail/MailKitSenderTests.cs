using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Wijkpeil.App.Kernel.Mail;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Kernel.Mail;

/// <summary>Mail with files attached, over real SMTP (an in-process listener) and into the pickup folder.</summary>
public sealed class MailKitSenderTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n% beschikking\n"u8, 0, 1, 2, 255, .. "%%EOF\n"u8];

    private static readonly OutgoingMail Letter = new(
        "a.jansen@example.org",
        "Besluit op uw aanvraag SK-2026-0001",
        "Geachte A. Jansen,\n\nIn de bijlage vindt u ons besluit.",
        "<p>Geachte A. Jansen,</p><p>In de bijlage vindt u ons besluit.</p>",
        [new MailAttachment("beschikking-SK-2026-0001.pdf", "application/pdf", Pdf)]);

    [Fact]
    public async Task SendAsync_WithAttachmentOverSmtp_ArrivesWithTheFileAndItsName()
    {
        await using var smtp = await SmtpListener.StartAsync();
        var sender = new MailKitSender(Options(smtp), new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));

        await sender.SendAsync(Letter, TestContext.Current.CancellationToken);

        var message = Assert.Single(smtp.Messages);
        AssertLetter(message);
    }

    [Fact]
    public async Task SendAsync_WithAttachmentToPickupFolder_WritesAnEmlWithTheFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "pickup-" + Guid.NewGuid().ToString("N"));
        var sender = new MailKitSender(new MailOptions { PickupFolder = folder }, new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
        try
        {
            await sender.SendAsync(Letter, TestContext.Current.CancellationToken);

            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
            AssertLetter(message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SendAsync_WithoutAttachments_IsTextAndHtmlOnly()
    {
        await using var smtp = await SmtpListener.StartAsync();
        var sender = new MailKitSender(Options(smtp), TimeProvider.System);

        await sender.SendAsync(Letter with { Attachments = null }, TestContext.Current.CancellationToken);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("multipart/alternative", message.Body!.ContentType.MimeType);
        Assert.Empty(message.Attachments);
        Assert.Contains("In de bijlage vindt u ons besluit.", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../beschikking.pdf")]
    [InlineData("map\\beschikking.pdf")]
    [InlineData("beschikking\n.pdf")]
    [InlineData("..")]
    public void MailAttachment_NameWithAFolderOrControlCharacter_IsRefused(string fileName) =>
        Assert.Throws<ArgumentException>(() => new MailAttachment(fileName, "application/pdf", Pdf));

    [Fact]
    public void MailAttachment_ContentTypeThatIsNotOne_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new MailAttachment("beschikking.pdf", "pdf", Pdf));

    private static void AssertLetter(MimeMessage message)
    {
        Assert.Equal("Besluit op uw aanvraag SK-2026-0001", message.Subject);
        Assert.Equal("multipart/mixed", message.Body!.ContentType.MimeType);
        Assert.Contains("In de bijlage vindt u ons besluit.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>In de bijlage vindt u ons besluit.</p>", message.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("beschikking-SK-2026-0001.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        Assert.True(attachment.IsAttachment);
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        Assert.Equal(Pdf, content.ToArray());
    }

    private static MailOptions Options(SmtpListener smtp) => new()
    {
        SmtpHost = "127.0.0.1",
        SmtpPort = smtp.Port,
        SmtpSecurity = "None",
        PickupFolder = Path.GetTempPath(),
    };
}
