using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>
/// The real web host (Wijkpeil.Web's Program) on Kestrel at http://127.0.0.1 on a free port, over a fresh SQLite
/// database in a temporary folder with the embedded default data loaded, as a first start in production would.
/// </summary>
/// <remarks>
/// SQLite only: the browser tests check what the pages look like and do, not the data access, which the App tests
/// cover on SQLite and PostgreSQL alike.
/// </remarks>
public sealed class WijkpeilServer : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly string _chromiumPath;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="chromiumPath">The Chromium that prints the PDFs.</param>
    /// <param name="settings">More settings, such as the SMTP server the site sends its mail to.</param>
    public WijkpeilServer(string chromiumPath, IReadOnlyDictionary<string, string> settings)
    {
        _chromiumPath = chromiumPath;
        _settings = settings;
        _folder = Path.Combine(Path.GetTempPath(), "wijkpeil-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        // Port 0: the operating system picks a free one, so parallel runs on one machine do not collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Builds and starts the host: migrations and the default data load run here (several seconds).</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no listening address.");
        BaseAddress = new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>
    /// Creates <paramref name="account"/> through the same use case as <c>wijkpeil users add</c>, in the server's own
    /// database: a new Wijkpeil has no accounts at all.
    /// </summary>
    public async Task AddAccountAsync(TestAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var added = await users.AddAsync(new NewAccount(account.Email, account.Role, account.Gemeenten, TestAccounts.Password), cancellationToken);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the test account {account.Email}: {added}");
        }
    }

    /// <summary>An invitation of a new Viewer, through the use case behind /beheer/gebruikers; its link's token (no mail is read here).</summary>
    public async Task<string> InviteAsync(string email, CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var invited = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .InviteAsync(new NewInvitation(email, WijkpeilRoles.Viewer, []), cancellationToken);
        return invited.Succeeded ? invited.Value.Token : throw new InvalidOperationException($"The test invitation was refused: {invited}");
    }

    /// <summary>
    /// A project of the optional example data in <paramref name="focusArea"/>, with dates, output measures and funding
    /// lines: the richest project page there is. The embedded default has none (the progress letter gives no figures),
    /// so this loads the example data first, as <c>wijkpeil demo load</c> does (a second load changes nothing).
    /// </summary>
    public async Task<int> ExampleProjectIdAsync(string focusArea, CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ids = await db.Set<Project>().AsNoTracking()
            .Where(p => p.FocusAreaCode == focusArea && p.IsExampleData && p.IsPublished && p.OutputMeasures.Any() && p.FundingLines.Any())
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .Take(1)
            .ToListAsync(cancellationToken);
        return ids.Count == 1
            ? ids[0]
            : throw new InvalidOperationException($"The example data has no published project with outputs and funding in '{focusArea}'.");
    }

    /// <summary>
    /// Adds a published story about Overvecht by <paramref name="author"/> through <c>POST /api/v1/stories</c> with a
    /// personal access token, as an integration would: the embedded default has no stories (the progress letter gives
    /// none), so the story pages need one. Its texts say it is test data.
    /// </summary>
    /// <returns>The new story's id.</returns>
    public async Task<int> AddTestStoryAsync(TestAccount author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        string token;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var issued = await users.CreateTokenAsync(author.Email, "browsertests", null, cancellationToken);
            token = issued.Succeeded ? issued.Value.Token : throw new InvalidOperationException($"No token for {author.Email}: {issued}");
        }

        using var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var story = new
        {
            method = "focusGroup",
            date = "2024-05-14",
            area = "WK034403",
            pillar = 1,
            summary = "Testverhaal van de browsertests, geen echte bevinding: zo staat een verhaal uit een focusgroep naast de cijfers van een pijler.",
            body = "Dit verhaal bestaat alleen in de testdatabase.\n\n## Wat deelnemers noemden\n\n- een **voorbeeld** van een opsomming\n- een tweede punt met een [link naar de wijkpagina](/wijken/WK034403)",
            consentRecordedOn = "2024-05-14",
            anonymised = true,
            published = true,
            quotes = new[] { new { text = "Een voorbeeldcitaat uit de testgegevens.", attribution = "deelnemer focusgroep (testgegevens)", named = false } },
        };
        using var response = await client.PostAsJsonAsync("/api/v1/stories", story, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The test story was refused ({(int)response.StatusCode}): {body}");
        }

        using var created = JsonDocument.Parse(body);
        return created.RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>
    /// A draft import batch waiting for review, the one a knowledge partner could publish or reject: one figure of
    /// gemeente Utrecht changed, with a source that says it is test data.
    /// </summary>
    /// <remarks>The value is far from the published one, so that the review flags it and shows the confirmation column.</remarks>
    public async Task<int> AddDraftImportBatchAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(_folder, "concept-browsertests.csv");
        await File.WriteAllTextAsync(
            file,
            "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\n" +
            "GM0344,ErvarenGezondheidGoedZeerGoed,2020,18+,45.1,44.2,46.0,5120,testgegevens browsertests\n",
            cancellationToken);
        await using var scope = Services.CreateAsyncScope();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "observations");
        var outcome = await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .ImportFileAsync(parser, file, new ImportOptions(ImportedBy: TestAccounts.UtrechtEditor.Email), cancellationToken);
        return outcome.BatchId ?? throw new InvalidOperationException($"The test draft was refused: {outcome.Message}");
    }

    /// <summary>
    /// An open subsidy scheme of gemeente Utrecht for Overvecht that takes applications through Wijkpeil (the embedded
    /// default's Soesterkwartier scheme is run by the gemeente itself): a plafond, a required budget file and one
    /// criterion. Its name says it is test data; it only ever exists in a temporary database.
    /// </summary>
    /// <returns>The scheme's slug and id.</returns>
    public async Task<(string Slug, int Id)> AddTestSubsidySchemeAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(cancellationToken)).Single(p => p.Slug == "vitale-wijken");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var terms = new SchemeTerms(
            "Testregeling browsertests Overvecht", "Testgegevens van de browsertests: een regeling die alleen in de testdatabase bestaat.",
            programme.Id, AreaCode.From("GM0344"), ["overvecht"], [], TestScheme.Plafond, AllocationMethod.FirstComeFirstServed, null,
            today.AddDays(-7), today.AddMonths(3), Money.FromCents(100_00), TestScheme.Maximum, null,
            [new CriterionTerms("Bijdrage aan de wijk", null, 1)], 1, 5, 3m,
            [new AttachmentTerms("Begroting", "pdf", 1024 * 1024, true)], 8, 80, 13, SubsidyScheme.DefaultObjectionClause);
        var scheme = SubsidyScheme.Create("testregeling-browsertests", terms).Value;
        var published = scheme.Publish(DateTimeOffset.UtcNow.AddDays(-7), "browsertests");
        if (!published.IsSuccess)
        {
            throw new InvalidOperationException($"The test scheme could not be published: {published.Error}");
        }

        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(cancellationToken);
        return (scheme.Slug, scheme.Id);
    }

    /// <summary>The newest published import batch: the one a knowledge partner could withdraw.</summary>
    public async Task<int> PublishedImportBatchIdAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ids = await db.Set<ImportBatch>().AsNoTracking()
            .Where(b => b.Status == ImportBatchStatus.Published)
            .OrderByDescending(b => b.Id)
            .Select(b => b.Id)
            .Take(1)
            .ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : throw new InvalidOperationException("The default data load left no published import batch.");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection; the temp folder is cleaned by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: only there does the host serve the static web assets (CSS, vendor scripts) from the projects.
        builder.UseEnvironment(Environments.Development);
        // UseSetting, not ConfigureAppConfiguration: with minimal hosting, Program reads builder.Configuration
        // before the factory's configuration callbacks would run.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Wijkpeil", $"Data Source={Path.Combine(_folder, "wijkpeil.db")};Pooling=False");
        builder.UseSetting(WijkpeilStartup.LoadDefaultDataKey, "true");
        // The PDF factsheets are printed by the same Chromium the tests drive.
        builder.UseSetting("Pdf:ChromiumPath", _chromiumPath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
