using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWijkpeil(builder.Configuration);
builder.Services.AddWijkpeilWeb();

var app = builder.Build();

// Migrate the database and, on first start, load the embedded default (DefaultData:Load=false skips it).
await WijkpeilStartup.InitializeAsync(app.Services);

app.UseSecurityHeaders(); // first: every answer, error pages included, carries CSP, HSTS and the rest
app.UseWijkpeilProblemDetails();
app.UseRouting(); // after the status-code pages, so that a re-executed request is routed again
app.UseAuthentication(); // before the output cache, which must never serve or store an authenticated request
app.UseInvalidTokenRefusal(); // a refused bearer token gets 401, never an anonymous answer
app.UseAuthorization();
app.UseRequestLocalization(UiCulture.LocalizationOptions()); // before the rate limiter: its refusals are in the reader's language
app.UseRateLimiter(); // after routing: policies belong to endpoints, e.g. the login form's (LoginRateLimit)
app.UseOutputCache(); // after localization: a cached page is kept per language
app.UseAntiforgery();
app.MapStaticAssets();
app.MapWijkpeilApi();
app.MapWijkpeilPages();

await app.RunAsync();

/// <summary>The web host; public so that integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
