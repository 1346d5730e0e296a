extern alias web;

using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Modules.Accounts;

namespace Wijkpeil.App.Tests.Hosting;

/// <summary>
/// The README's two commands (the web host from <c>src/Wijkpeil.Web</c>, the CLI from the repository root) use one
/// database when no connection string is set. The hosts search a temporary "checkout" (a folder with
/// <c>Wijkpeil.slnx</c>) instead of this repository, so no test opens the developer's own <c>data/wijkpeil.db</c>.
/// </summary>
public sealed class DefaultDatabaseTests : IDisposable
{
    private const string Email = "nieuwkomer@utrecht.nl";
    private const string Password = "lange zin als wachtwoord";

    private readonly string _checkout = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "checkout-" + Guid.NewGuid().ToString("N"));

    public DefaultDatabaseTests()
    {
        Directory.CreateDirectory(Path.Combine(_checkout, "src", "Wijkpeil.Web", "bin"));
        Directory.CreateDirectory(Path.Combine(_checkout, "src", "Wijkpeil.Cli", "bin"));
        File.WriteAllText(Path.Combine(_checkout, DataLocation.SolutionFile), "<Solution />");
    }

    private string WebBin => Path.Combine(_checkout, "src", "Wijkpeil.Web", "bin");

    private string CliBin => Path.Combine(_checkout, "src", "Wijkpeil.Cli", "bin");

    private string ExpectedFile => Path.Combine(_checkout, "data", "wijkpeil.db");

    [Fact]
    public void DefaultFolder_InASourceCheckout_IsDataAtTheRepositoryRootForBothHosts()
    {
        Assert.Equal(Path.Combine(_checkout, "data"), DataLocation.DefaultFolder(WebBin));
        Assert.Equal(Path.Combine(_checkout, "data"), DataLocation.DefaultFolder(CliBin));
    }

    [Fact]
    public void DefaultFolder_OutsideASourceCheckout_IsTheUsersDataFolder()
    {
        var installed = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "installed-" + Guid.NewGuid().ToString("N"));

        var folder = DataLocation.DefaultFolder(installed);

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "wijkpeil"), folder);
    }

    [Fact]
    public void FromConfiguration_NoConnectionString_NamesTheDefaultFileByItsFullPath()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataLocation.SearchStartKey] = WebBin }).Build();

        var options = DatabaseOptions.FromConfiguration(configuration);

        Assert.Equal(ExpectedFile, new SqliteConnectionStringBuilder(options.ConnectionString).DataSource);
    }

    [Fact]
    public void FromConfiguration_ExplicitConnectionString_WinsOverTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataLocation.SearchStartKey] = WebBin,
            ["ConnectionStrings:Wijkpeil"] = "Data Source=/var/lib/wijkpeil/wijkpeil.db",
        }).Build();

        Assert.Equal("Data Source=/var/lib/wijkpeil/wijkpeil.db", DatabaseOptions.FromConfiguration(configuration).ConnectionString);
    }

    /// <summary>
    /// The CLI runs as its own process with the working directory at the checkout's root, the web host in this test
    /// process (working directory: the test output folder); an account the CLI makes signs in on the web host.
    /// </summary>
    [Fact]
    public async Task CliFromTheRootAndWebHostElsewhere_NoConnectionString_ShareOneDatabaseAndTheCliAccountLogsIn()
    {
        var added = await RunCliAsync(_checkout, "users", "add", "--email", Email, "--role", "ProgrammeManager", "--password-stdin");
        Assert.True(added.ExitCode == 0, added.Output);
        Assert.True(File.Exists(ExpectedFile));
        Assert.NotEqual(Path.GetFullPath(Directory.GetCurrentDirectory()), Path.GetFullPath(_checkout));

        await using var app = new DefaultDatabaseWebHost(WebBin);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var resolved = app.Services.GetRequiredService<DatabaseOptions>();
        var login = await LoginPageTests.PostLoginAsync(client, Email, Password);

        Assert.Equal(ExpectedFile, new SqliteConnectionStringBuilder(resolved.ConnectionString).DataSource);
        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Wijkpeil.App.Modules.Accounts.Login.LoginPaths.CookieName + "=", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_checkout, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow machine stays in the temp folder
        }
    }

    private async Task<(int ExitCode, string Output)> RunCliAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wijkpeil.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The default resolution with the search starting in the checkout's CLI folder, as `dotnet run` would.
        start.Environment.Remove("ConnectionStrings__Wijkpeil");
        start.Environment.Remove("WIJKPEIL_ConnectionStrings__Wijkpeil");
        start.Environment["Database__DefaultLocationSearchStart"] = CliBin;
        start.Environment["DefaultData__Load"] = "false";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(Password);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The real web host with no connection string, its default search starting in the checkout's web folder.</summary>
    private sealed class DefaultDatabaseWebHost(string searchStart) : WebApplicationFactory<web::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(DataLocation.SearchStartKey, searchStart);
            builder.UseSetting(WijkpeilStartup.LoadDefaultDataKey, "false");
        }
    }
}
