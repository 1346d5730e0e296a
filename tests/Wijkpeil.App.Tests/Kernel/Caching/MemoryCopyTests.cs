using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Kernel.Caching;

/// <summary>
/// A module's in-memory copy of small data is read once and dropped exactly when the data may have changed: at the
/// commit of a change to one of its entity types in this process, or when a write names one of its tags; never on a
/// rolled-back change, and a load that overlapped a drop is not kept.
/// </summary>
public sealed class MemoryCopyTests
{
    [Fact]
    public async Task GetAsync_Twice_LoadsOnce()
    {
        var copy = Kept(new SettingsCopy());
        var loads = 0;

        await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>([$"load {++loads}"]), TestContext.Current.CancellationToken);
        var second = await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>([$"load {++loads}"]), TestContext.Current.CancellationToken);

        Assert.Equal(["load 1"], second);
    }

    [Fact]
    public async Task GetAsync_DroppedWhileLoading_DoesNotKeepWhatItLoaded()
    {
        var copy = Kept(new SettingsCopy());
        var loading = new TaskCompletionSource<IReadOnlyList<string>>();

        var first = copy.GetAsync(_ => loading.Task, TestContext.Current.CancellationToken);
        copy.Drop();
        loading.SetResult(["before the change"]);
        await first;
        var next = await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>(["after the change"]), TestContext.Current.CancellationToken);

        Assert.Equal(["after the change"], next);
    }

    [Fact]
    public async Task GetAsync_TagOfAnotherKind_KeepsTheCopy()
    {
        var copy = Kept(new SettingsCopy());
        await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>(["kept"]), TestContext.Current.CancellationToken);

        MemoryCopies.DropChanged([copy], [CacheTags.Area("WK034403")], []);
        var next = await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>(["reloaded"]), TestContext.Current.CancellationToken);

        Assert.Equal(["kept"], next);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveChanges_CommittedChangeOfACopiedType_DropsTheCopy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var copy = Kept(services.GetRequiredService<SettingsCopy>());
        var before = await ReadAsync(services, copy);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.SystemSettings.Add(new SystemSetting("memory-copy-test", "1"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var after = await ReadAsync(services, copy);
        Assert.DoesNotContain("memory-copy-test", before);
        Assert.Contains("memory-copy-test", after);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveChanges_RolledBackChange_KeepsTheCopy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var copy = Kept(services.GetRequiredService<SettingsCopy>());
        var before = await ReadAsync(services, copy);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.SystemSettings.Add(new SystemSetting("memory-copy-test", "1"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        // Kept: the copy answers without reading, so a row added behind EF's back does not show.
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO system_settings (\"Key\", \"Value\") VALUES ('behind-the-back', '1')", TestContext.Current.CancellationToken);
        }

        var after = await ReadAsync(services, copy);
        Assert.Equal(before, after);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invalidate_ATagTheCopyDependsOn_DropsItAtTheCommit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var copy = Kept(services.GetRequiredService<SettingsCopy>());
        await ReadAsync(services, copy);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO system_settings (\"Key\", \"Value\") VALUES ('behind-the-back', '1')", TestContext.Current.CancellationToken);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IPublicChanges>().Invalidate(CacheTags.Programmes);
            await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Contains("behind-the-back", await ReadAsync(services, copy));
    }

    [Fact]
    public async Task GetAsync_InAProcessThatHearsNoOtherProcess_LoadsEveryTime()
    {
        var copy = new SettingsCopy();
        var loads = 0;

        await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>([$"load {++loads}"]), TestContext.Current.CancellationToken);
        var second = await copy.GetAsync(_ => Task.FromResult<IReadOnlyList<string>>([$"load {++loads}"]), TestContext.Current.CancellationToken);

        Assert.Equal(["load 2"], second);
    }

    private static SettingsCopy Kept(SettingsCopy copy)
    {
        // As the web host's poller does when it starts.
        copy.Keep();
        return copy;
    }

    private static ServiceProvider Services(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWijkpeil(database.Configuration);
        services.AddMemoryCopy<SettingsCopy>();
        return services.BuildServiceProvider();
    }

    private static async Task<IReadOnlyList<string>> ReadAsync(IServiceProvider services, SettingsCopy copy)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return await copy.GetAsync(
            async ct => await db.SystemSettings.AsNoTracking().OrderBy(s => s.Key).Select(s => s.Key).ToListAsync(ct),
            TestContext.Current.CancellationToken);
    }

    /// <summary>A copy of the system settings' keys, dropped by a change of a setting or by <see cref="CacheTags.Programmes"/>.</summary>
    private sealed class SettingsCopy : MemoryCopy<IReadOnlyList<string>>
    {
        public override IReadOnlySet<Type> EntityTypes { get; } = new HashSet<Type> { typeof(SystemSetting) };

        public override bool DependsOn(string tag) => tag == CacheTags.Programmes;
    }
}
