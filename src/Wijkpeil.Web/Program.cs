using Wijkpeil.App.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWijkpeil(builder.Configuration);
builder.Services.AddWijkpeilWeb();

var app = builder.Build();

// Migrate the database and, on first start, load the embedded default (DefaultData:Load=false skips it).
await WijkpeilStartup.InitializeAsync(app.Services);

app.UseWijkpeilProblemDetails();
app.MapWijkpeilApi();

await app.RunAsync();

/// <summary>The web host; public so that integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
