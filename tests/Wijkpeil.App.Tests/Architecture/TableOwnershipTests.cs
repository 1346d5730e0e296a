using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Wijkpeil.App.Data.Sqlite;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Architecture.FixtureDomain;

namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// Each module owns its tables and EF configurations; another module reads them only through a contract
/// (docs/architecture.md, "Modules"): no namespace outside the owning module names an entity type, and no string
/// of one names another module's table in SQL (<see cref="SqlTableNames"/>).
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
    public void RawSql_NamesOnlyTheTablesOfItsOwnModule()
    {
        var tables = SqlTableNames.TablesOf(Model.Value, App.Value.Owners);
        var found = SqlTableNames.Trespasses(ModuleMap.App, typeof(WijkpeilDbContext).Assembly, Path.Combine(AppContext.BaseDirectory, "Wijkpeil.App.dll"), tables);

        Assert.Contains("areas", tables.Keys);
        var message = AllowList.Compare(found, AllowList.Read(ModuleBoundaryTests.RepositoryFile(ModuleBoundaryTests.AllowListFile)), [SqlTableNames.Rule]);
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

    [Fact]
    public void Fixture_RawSqlNamingAnotherModulesTable_IsReported()
    {
        var assembly = typeof(TableOwnershipTests).Assembly;
        var map = new ModuleMap("Wijkpeil.App.Tests.Architecture.Fixture", new Dictionary<string, string> { ["Host"] = ModuleMap.Host });
        var builder = SqliteConventionSetBuilder.CreateModelBuilder();
        builder.ApplyConfigurationsFromAssembly(assembly, t => TypeReferences.InRoot(t.FullName!, map.Root));
        var owners = TableOwnership.Read(map, assembly, assembly.Location, new Dictionary<Type, Type> { [typeof(AThingPart)] = typeof(AThing) }).Owners;

        var tables = SqlTableNames.TablesOf(builder.FinalizeModel(), owners);
        var found = SqlTableNames.Trespasses(map, assembly, assembly.Location, tables);

        Assert.Equal(
            new Dictionary<string, string> { ["a_things"] = "A", ["a_thing_parts"] = "A", ["c_links"] = "C", ["kernel_settings"] = ModuleMap.Kernel },
            tables);
        Assert.Equal(
            [
                new Finding(SqlTableNames.Rule, "Host", "c_links"),
                new Finding(SqlTableNames.Rule, "Kernel.Text", "a_things"),
                new Finding(SqlTableNames.Rule, "Modules.C", "a_thing_parts"),
                new Finding(SqlTableNames.Rule, "Modules.C", "a_things"),
            ],
            found.OrderBy(f => f.ToString(), StringComparer.Ordinal));
    }
}
