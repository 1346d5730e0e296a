using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data.Sqlite;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Architecture.FixtureDomain;

namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// Each module owns its tables and EF configurations; another module reads them only through a contract
/// (docs/architecture.md, "Modules"): no namespace outside the owning module names an entity type.
/// </summary>
public sealed class TableOwnershipTests
{
    private static readonly Lazy<Microsoft.EntityFrameworkCore.Metadata.IModel> Model = new(() =>
    {
        using var db = new SqliteWijkpeilDbContext(new DbContextOptionsBuilder<SqliteWijkpeilDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    });

    private static readonly Lazy<TableOwnership> App = new(() => TableOwnership.Read(
        ModuleMap.App,
        typeof(WijkpeilDbContext).Assembly,
        Path.Combine(AppContext.BaseDirectory, "Wijkpeil.App.dll"),
        Model.Value.GetEntityTypes()
            .Where(e => e.IsOwned())
            .ToDictionary(e => e.ClrType, e => e.FindOwnership()!.PrincipalEntityType.ClrType)));

    [Fact]
    public void ModelEntityTypes_EachHaveAnOwningModule()
    {
        var entities = Model.Value.GetEntityTypes().Select(e => TypeReferences.NameOf(e.ClrType)).ToList();

        Assert.NotEmpty(entities);
        var unowned = entities.Where(e => !App.Value.Owners.ContainsKey(e)).ToList();
        Assert.True(unowned.Count == 0, "Entity types no module configures: " + string.Join(", ", unowned));
    }

    [Fact]
    public void EntityTypes_AreNamedOnlyInsideTheirOwningModule()
    {
        var message = AllowList.Compare(
            App.Value.Trespasses(),
            AllowList.Read(ModuleBoundaryTests.RepositoryFile(ModuleBoundaryTests.AllowListFile)),
            [TableOwnership.Rule]);

        Assert.True(message is null, message);
    }

    [Fact]
    public void Fixture_EntityTypeNamedOutsideItsModule_IsReported()
    {
        var fixture = TableOwnership.Read(
            new ModuleMap("Wijkpeil.App.Tests.Architecture.Fixture", new Dictionary<string, string> { ["Host"] = ModuleMap.Host }),
            typeof(TableOwnershipTests).Assembly,
            typeof(TableOwnershipTests).Assembly.Location,
            new Dictionary<Type, Type> { [typeof(AThingPart)] = typeof(AThing) });

        Assert.Equal(ModuleMap.Kernel, fixture.Owners[typeof(KernelSetting).FullName!]);
        Assert.Equal("A", fixture.Owners[typeof(AThingPart).FullName!]);
        Assert.Equal("C", fixture.Owners[typeof(CLink).FullName!]);
        Assert.Equal(
            [
                new Finding(TableOwnership.Rule, "Host", typeof(AThing).FullName!),
                new Finding(TableOwnership.Rule, "Modules.B", typeof(AThingPart).FullName!),
                new Finding(TableOwnership.Rule, "Modules.C", typeof(AThing).FullName!),
            ],
            fixture.Trespasses().OrderBy(f => f.ToString(), StringComparer.Ordinal));
    }
}
