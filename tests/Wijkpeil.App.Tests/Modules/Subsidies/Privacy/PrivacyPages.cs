using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Privacy;

/// <summary>Steps of the download and inzage tests in the real web host of <see cref="SubsidyHost"/>.</summary>
internal static class PrivacyPages
{
    public const string AmersfoortOfficer = "subsidie@amersfoort.nl";
    public const string UtrechtOfficer = "subsidie@utrecht.nl";

    /// <summary>A resident applies through the public form with <see cref="PrivacyTestData.Pdf"/> as budget; returns the application, its file and the link's path.</summary>
    public static async Task<(int Id, int AttachmentId, string Link)> ApplyAsync(SubsidyHost host, string email = "fatima@example.nl")
    {
        using var browser = host.Browser();
        var fields = SubsidyHost.ResidentFields();
        fields["Input.Email"] = email;
        var before = host.Smtp.Messages.Count;
        var posted = await SubsidyHost.PostMultipartAsync(browser, $"/subsidies/{SubsidyHost.Slug}/aanvragen", "aanvraag", fields, ("bijlage-" + host.BudgetRequirementId, "begroting.pdf", PrivacyTestData.Pdf));
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        var link = SubsidyHost.LinkIn(host.Smtp.Messages.Skip(before).First(m => m.To.Mailboxes.Single().Address == email));
        await using var scope = host.Database.CreateScope();
        var application = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().AsNoTracking()
            .Include(a => a.Attachments).OrderBy(a => a.Id).LastAsync(Ct);
        return (application.Id, application.Attachments.Single().Id, link);
    }

    public static async Task<HttpClient> SignedInAsync(SubsidyHost host, string email, string role, string gemeente)
    {
        await StoryTestData.AddAccountAsync(host.Database, email, role, gemeente);
        var client = host.Browser();
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    public static Task<HttpClient> OfficerAsync(SubsidyHost host, string email = AmersfoortOfficer, string gemeente = Amersfoort) =>
        SignedInAsync(host, email, WijkpeilRoles.SubsidyOfficer, gemeente);

    /// <summary>The views of an application's personal data in the audit trail, newest last.</summary>
    public static async Task<List<AuditEntry>> ViewsAsync(SubsidyHost host, int id)
    {
        await using var scope = host.Database.CreateScope();
        var key = id.ToString(CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == AuditEntityTypes.SubsidyPersonalData && e.Action == AuditAction.Viewed && e.EntityId == key)
            .OrderBy(e => e.Id).ToListAsync(Ct);
    }
}
