using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Privacy;

/// <summary>How far an application's history goes before a privacy test looks at it.</summary>
public enum Ending
{
    Draft,
    Received,
    Granted,
    Settled,
    Refused,
    Withdrawn,
}

/// <summary>
/// Applications with a whole history at a chosen moment, straight through the domain, each with a PDF stored in a
/// real attachment folder and personal data that is easy to find again.
/// </summary>
internal static class PrivacyTestData
{
    public const string Name = "Ingrid Oosterwolde-Tjalsma";
    public const string Email = "ingrid.oosterwolde@voorbeeld.nl";
    public const string Phone = "06-98765432";
    public const string Address = "Kwekerijweg 41";
    public const string PostalCode = "3812 XW";
    public const string Summary = "Een buurtkas voor zaailingen die bewoners samen beheren.";
    public const string ReportText = "Verslag van Ingrid: de kas staat er.";

    public static readonly string[] PersonalData = [Name, Email, Phone, Address, PostalCode];

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static FileAttachmentStore Store(string folder) => new(new AttachmentOptions(folder));

    /// <summary>A published scheme of Amersfoort open from 2015 to 2030, so histories can lie years back; returns its id.</summary>
    public static async Task<int> SchemeAsync(TestDatabase database, string slug = "buurtkassen")
    {
        await using var scope = database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single();
        var terms = Terms(programme.Id) with { OpensOn = new DateOnly(2015, 1, 1), ClosesOn = new DateOnly(2030, 12, 31) };
        var scheme = SubsidyScheme.Create(slug, terms).Value;
        Assert.True(scheme.Publish(new DateTimeOffset(2014, 12, 1, 9, 0, 0, TimeSpan.Zero), "seed").IsSuccess);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return scheme.Id;
    }

    /// <summary>
    /// Stores an application of <see cref="Name"/> (or <paramref name="email"/>) filed at <paramref name="at"/> with one
    /// PDF, taken to <paramref name="ending"/> on the same day (settled: granted 1.000, report and settlement at 800 a
    /// day later); returns its id and the stored file's name.
    /// </summary>
    public static async Task<(int Id, string StoredName)> ApplicationAsync(TestDatabase database, IAttachmentStore store, int schemeId, Ending ending, DateTimeOffset at, string email = Email)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.Set<SubsidyScheme>().Include(s => s.Criteria).Include(s => s.Attachments).SingleAsync(s => s.Id == schemeId, Ct);
        var day = SubsidyTime.DayOf(at);
        var amount = Money.FromEuros(1_000m).Value;
        var applicant = Applicant.Create(ApplicantKind.Person, Name, email, Phone, null, null, Address, PostalCode, "Amersfoort").Value;
        var form = new ApplicationForm(applicant, "Buurtkas", Summary, AreaCode.From(Soesterkwartier), amount, [new BudgetLineInput("Kas en potgrond", amount)], day.AddMonths(1), day.AddMonths(6), null);
        var application = SubsidyApplication.Start(scheme, form, Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), at, day).Value;
        using var pdf = new MemoryStream(Pdf);
        var stored = (await store.SaveAsync(pdf, 1024 * 1024, new HashSet<FileKind> { FileKind.Pdf }, null, Ct)).Value;
        Assert.True(application.AddAttachment(ApplicationAttachment.Create(null, "begroting ingrid.pdf", stored.StoredName, "pdf", stored.Size, stored.Sha256Hex, at)).IsSuccess);
        if (ending != Ending.Draft)
        {
            Assert.Empty(application.Submit(scheme, at, day));
        }

        switch (ending)
        {
            case Ending.Granted or Ending.Settled:
                Assert.True(application.Grant(scheme, amount, null, [], at, day, "officer@example.nl").IsSuccess);
                break;
            case Ending.Refused:
                Assert.True(application.Refuse(scheme, null, [.. scheme.Criteria.Select(c => (c.Id, (string?)"Past niet."))], at, day, "officer@example.nl").IsSuccess);
                break;
            case Ending.Withdrawn:
                Assert.True(application.Withdraw().IsSuccess);
                break;
        }

        if (ending == Ending.Settled)
        {
            Assert.True(application.SubmitReport(ReportText, Money.FromEuros(800m).Value, at.AddDays(1)).IsSuccess);
            Assert.True(application.Settle(Money.FromEuros(800m).Value, SettlementReason.LowerActualCosts, "Lagere kosten.", at.AddDays(1)).IsSuccess);
        }

        db.Add(application);
        await db.SaveChangesAsync(Ct);
        return (application.Id, stored.StoredName);
    }

    public static async Task<SubsidyApplication> LoadAsync(TestDatabase database, int id)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().AsNoTracking()
            .Include(a => a.Attachments).Include(a => a.BudgetLines).SingleAsync(a => a.Id == id, Ct);
    }
}
