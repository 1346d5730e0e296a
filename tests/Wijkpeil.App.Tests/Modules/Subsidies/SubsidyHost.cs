extern alias web;

using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The real web host with the Vitale Wijken programme and one open scheme of Amersfoort ("initiatievenfonds", plafond
/// 10.000, at most 5.000 per application, a budget file required: pdf or xlsx, at most 1 MB), mail to an in-process
/// SMTP listener, <c>Site:PublicUrl</c> set and "now" fixed at <see cref="SubsidyTestData.Now"/>.
/// </summary>
internal sealed partial class SubsidyHost : IAsyncDisposable
{
    public const string PublicUrl = "https://wijkpeil.example";
    public const string Slug = "initiatievenfonds";

    private readonly WijkpeilAppFactory _factory;

    private SubsidyHost(WijkpeilAppFactory factory, WebApplicationFactory<web::Program> app, SmtpListener smtp, FakeTimeProvider time, string attachments)
    {
        _factory = factory;
        App = app;
        Smtp = smtp;
        Time = time;
        AttachmentFolder = attachments;
    }

    public WebApplicationFactory<web::Program> App { get; }

    public SmtpListener Smtp { get; }

    public FakeTimeProvider Time { get; }

    public string AttachmentFolder { get; }

    public TestDatabase Database => _factory.Database;

    public int SchemeId { get; private set; }

    public int BudgetRequirementId { get; private set; }

    public static async Task<SubsidyHost> StartAsync(DatabaseProvider provider)
    {
        var time = SubsidyTestData.Clock();
        var factory = await WijkpeilAppFactory.StartAsync(provider, StoryTestData.SeedProgrammeAsync);
        var smtp = await SmtpListener.StartAsync();
        var attachments = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "attachments-" + Guid.NewGuid().ToString("N"));
        var app = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in smtp.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Site:PublicUrl", PublicUrl);
            builder.UseSetting("Subsidies:AttachmentFolder", attachments);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });
        var host = new SubsidyHost(factory, app, smtp, time, attachments);
        await host.AddSchemeAsync();
        return host;
    }

    /// <summary>A browser: cookies kept, redirects not followed.</summary>
    public HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Opens <paramref name="path"/> and posts its form <paramref name="formName"/> as multipart, with files.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields, params (string Name, string FileName, byte[] Content)[] files)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), ct);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(formName), "_handler");
        form.Add(new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, name, fileName);
        }

        return await client.PostAsync(new Uri(path, UriKind.Relative), form, ct);
    }

    /// <summary>The form of a resident applying for 1.250 euro for a buurtmoestuin in the Soesterkwartier.</summary>
    public static Dictionary<string, string> ResidentFields(string action = "indienen", string amount = "1250") => new()
    {
        ["Input.Kind"] = "Person",
        ["Input.ContactName"] = "Fatima de Vries",
        ["Input.Email"] = "fatima@example.nl",
        ["Input.Phone"] = "06-12345678",
        ["Input.Address"] = "Soesterweg 1",
        ["Input.PostalCode"] = "3812 AA",
        ["Input.City"] = "Amersfoort",
        ["Input.Title"] = "Buurtmoestuin Soesterkwartier",
        ["Input.Summary"] = "Een moestuin voor en door bewoners, met les voor kinderen van de basisschool.",
        ["Input.Area"] = SubsidyTestData.Soesterkwartier,
        ["Input.Amount"] = amount,
        ["Input.StartsOn"] = "2027-03-01",
        ["Input.EndsOn"] = "2027-09-30",
        ["Input.Lines[0].Description"] = "Plantenbakken en aarde",
        ["Input.Lines[0].Amount"] = "900",
        ["Input.Lines[1].Description"] = "Zaden en gereedschap",
        ["Input.Lines[1].Amount"] = "350",
        ["actie"] = action,
    };

    /// <summary>The path of the applicant's page in a received mail.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "no link in: " + message.TextBody);
        return match.Value[PublicUrl.Length..];
    }

    public static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
        await Smtp.DisposeAsync();
        if (Directory.Exists(AttachmentFolder))
        {
            Directory.Delete(AttachmentFolder, recursive: true);
        }
    }

    private async Task AddSchemeAsync()
    {
        await using var scope = Database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(SubsidyTestData.Ct)).Single();
        var terms = SubsidyTestData.Terms(programme.Id) with { Attachments = [new AttachmentTerms("Begroting", "pdf, xlsx", 1024 * 1024, true)] };
        var scheme = SubsidyScheme.Create(Slug, terms).Value;
        Assert.True(scheme.Publish(SubsidyTestData.Now.AddMonths(-9), "seed").IsSuccess);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(SubsidyTestData.Ct);
        SchemeId = scheme.Id;
        BudgetRequirementId = scheme.Attachments.Single().Id;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"https://wijkpeil\.example/subsidies/aanvraag/wps_[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
