using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// The ProgrammesAsData migration on a database made by the migrations before it, with a programme in it: the
/// comma-joined focus-area members become rows of focus_area_members, pillars get their display order from their
/// numbers, and the kernset's global order becomes an order within each pillar.
/// </summary>
public sealed class ProgrammesAsDataMigrationTests
{
    private const string Migration = "ProgrammesAsData";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_ProgrammeWithJoinedMembers_SplitsMembersIntoRowsAndOrdersPillarsAndKernset(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_" + Migration, StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before, ct);
            await SeedOldDatabaseAsync(db, ct);
            await migrator.MigrateAsync(cancellationToken: ct);
        }

        await using var check = database.CreateScope();
        var migrated = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programme = await migrated.Programmes.AsNoTracking()
            .Include(p => p.FocusAreas).Include(p => p.Pillars).Include(p => p.CoreIndicators).Include(p => p.ReferenceAreas)
            .AsSplitQuery().SingleAsync(ct);
        Assert.Equal(
            [("batau", "WK035603,WK035604"), ("overvecht", "WK034403"), ("vollenhove", "BU03550205")],
            programme.FocusAreas.OrderBy(f => f.Code).Select(f => (f.Code, string.Join(",", f.Members))));
        Assert.Equal([1, 3, 5], programme.Pillars.Select(p => p.Number)); // shown in number order
        Assert.Equal([0, 1, 2], programme.Pillars.Select(p => p.Order));
        Assert.Equal(
            [(1, 0), (1, 1), (3, 0), (5, 0)],
            programme.CoreIndicators.OrderBy(c => c.PillarNumber).ThenBy(c => c.Order).Select(c => (c.PillarNumber, c.Order)));
        Assert.Equal(["PV26", "NL00"], programme.ReferenceAreas.OrderBy(r => r.Order).Select(r => r.AreaCode.Value));
        Assert.Null(programme.Description);
        Assert.Empty(await migrated.Programmes.SelectMany(p => p.Waves).ToListAsync(ct));

        // The new table answers "which focus areas contain WK035604" in SQL.
        Assert.Equal(["batau"], await migrated.Programmes.SelectMany(p => p.FocusAreas)
            .Where(f => f.MemberRows.Any(m => m.AreaCode == Domain.Areas.AreaCode.From("WK035604"))).Select(f => f.Code).ToListAsync(ct));
    }

    /// <summary>As the old schema stored it: members as one text column, pillars without order, kernset order global.</summary>
    private static async Task SeedOldDatabaseAsync(WijkpeilDbContext db, CancellationToken ct)
    {
        var indicators = new List<int>();
        foreach (var code in new[] { "A", "B", "C", "D" })
        {
            indicators.Add(await OldSchema.AddIndicatorAsync(db, code, "Neutral", null, ct));
        }

        var (a, b, c, d) = (indicators[0], indicators[1], indicators[2], indicators[3]);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO programmes ("Id", "Code", "Name") VALUES (1, 'vitale-wijken', 'Vitale Wijken');
            INSERT INTO pillars ("Id", "Number", "NameNl", "NameEn", "ProgrammeId") VALUES (1, 5, 'Wonen', 'Housing', 1), (2, 1, 'Gezondheid', 'Health', 1), (3, 3, 'Participatie', 'Participation', 1);
            INSERT INTO focus_areas ("Id", "Code", "Name", "MunicipalityCode", "Members", "ProgrammeId") VALUES
                (1, 'overvecht', 'Overvecht', 'GM0344', 'WK034403', 1),
                (2, 'batau', 'Batau', 'GM0356', 'WK035603,WK035604', 1),
                (3, 'vollenhove', 'Vollenhove', 'GM0355', 'BU03550205', 1);
            INSERT INTO reference_areas ("Id", "AreaCode", "Order", "ProgrammeId") VALUES (1, 'PV26', 0, 1), (2, 'NL00', 1, 1);
            INSERT INTO core_indicators ("Id", "IndicatorId", "PillarNumber", "BreakdownCode", "Order", "ProgrammeId") VALUES
                (1, {a}, 1, '18+', 0, 1), (2, {b}, 1, '18+', 1, 1), (3, {c}, 3, '18+', 2, 1), (4, {d}, 5, 'totaal', 3, 1);
            """, ct);
        db.ChangeTracker.Clear();
    }
}
