using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>Who receives reports of vulnerabilities, bound from the <c>Security</c> configuration section.</summary>
public sealed class SecurityContactOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Where to report a vulnerability, as RFC 9116 asks: <c>mailto:</c>, <c>https:</c> or <c>tel:</c>
    /// (e.g. <c>mailto:security@gemeente.example</c>). Empty: no /.well-known/security.txt (404).
    /// </summary>
    public string? Contact { get; set; }
}

/// <summary>
/// <c>GET /.well-known/security.txt</c> (RFC 9116): the operator's security contact from <c>Security:Contact</c>, so
/// that whoever finds a vulnerability knows where to report it. The operator sets it: Wijkpeil ships no contact of its
/// own, and without one the address answers 404.
/// </summary>
public static class SecurityTxt
{
    public const string Path = "/.well-known/security.txt";

    // RFC 9116 requires an expiry, less than a year ahead. The file is written from the running configuration on
    // every request, so it is as current as the setting; a contact that stops working is the operator's to change.
    private static readonly TimeSpan ValidFor = TimeSpan.FromDays(180);

    public static IServiceCollection AddSecurityTxt(this IServiceCollection services)
    {
        services.AddOptions<SecurityContactOptions>()
            .BindConfiguration(SecurityContactOptions.Section)
            .Validate(
                o => string.IsNullOrWhiteSpace(o.Contact) || IsContact(o.Contact.Trim()),
                "Security:Contact moet beginnen met mailto:, https: of tel:, bijvoorbeeld mailto:security@gemeente.example.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapSecurityTxt(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IOptions<SecurityContactOptions> options, TimeProvider time) =>
        {
            var contact = options.Value.Contact?.Trim();
            if (string.IsNullOrEmpty(contact))
            {
                return Results.NotFound();
            }

            var expires = time.GetUtcNow().Add(ValidFor).ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
            return Results.Text(
                $"Contact: {contact}\nExpires: {expires}\nPreferred-Languages: nl, en\n",
                "text/plain; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static bool IsContact(string contact) =>
        !contact.Any(char.IsControl)
        && (contact.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || contact.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || contact.StartsWith("tel:", StringComparison.OrdinalIgnoreCase));
}
