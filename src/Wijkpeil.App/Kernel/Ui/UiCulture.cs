using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Wijkpeil.App.Kernel.Ui;

/// <summary>A language the pages are available in.</summary>
/// <param name="Name">The culture, which also sets number and date formats (nl-NL: 1.234,5 and 27-11-2026).</param>
/// <param name="Language">The ISO 639-1 code for <c>lang</c> attributes.</param>
/// <param name="NativeName">The language's name in itself, shown for the current language.</param>
/// <param name="Label">The link text offered to switch to it.</param>
public sealed record UiLanguage(string Name, string Language, string NativeName, string Label)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Name);
}

/// <summary>
/// Dutch by default, English on request. The choice lives in the standard ASP.NET Core culture cookie,
/// set by a plain link to <c>/taal/{culture}</c>, so it works without JavaScript; the browser's
/// Accept-Language is deliberately not used: a Dutch public service speaks Dutch unless asked otherwise.
/// </summary>
public static class UiCulture
{
    public static UiLanguage Dutch { get; } = new("nl-NL", "nl", "Nederlands", "Nederlands");

    public static UiLanguage English { get; } = new("en-GB", "en", "English", "English");

    public static IReadOnlyList<UiLanguage> Supported { get; } = [Dutch, English];

    /// <summary>The language of the current request.</summary>
    public static UiLanguage Current =>
        Supported.FirstOrDefault(l => l.Name == CultureInfo.CurrentUICulture.Name) ?? Dutch;

    /// <summary>True when the current request is in English.</summary>
    public static bool IsEnglish => Current == English;

    /// <summary>Picks the Dutch or the English text of something the database holds in both.</summary>
    public static string Pick(string dutch, string english) =>
        IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : dutch;

    public static string SwitchUrl(UiLanguage language, string returnPath)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"/taal/{language.Name}?terug={Uri.EscapeDataString(returnPath)}";
    }

    public static RequestLocalizationOptions LocalizationOptions()
    {
        var cultures = Supported.Select(l => l.Culture).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Dutch.Culture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    /// <summary>Maps <c>GET /taal/{culture}?terug=/pad</c>: remembers the language for a year and goes back.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/taal/{culture}", (string culture, string? terug, HttpContext http) =>
        {
            var language = Supported.FirstOrDefault(l => string.Equals(l.Name, culture, StringComparison.OrdinalIgnoreCase));
            if (language is null)
            {
                return Results.NotFound();
            }

            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(LocalReturnUrl.OrHome(terug));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
