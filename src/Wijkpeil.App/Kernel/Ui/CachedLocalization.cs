using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Wijkpeil.App.Kernel.Ui;

/// <summary>
/// Localisation from the .resx files, with every looked-up text kept per culture. A page asks for hundreds of texts,
/// and <see cref="System.Resources.ResourceManager"/> takes a lock on every lookup: under concurrent requests that lock
/// was a tenth of the area page's time (docs/performance.md). The texts are compiled into the assembly, so a kept text
/// never goes stale.
/// </summary>
public static class CachedLocalization
{
    /// <summary><c>AddLocalization</c>, with the factory wrapped so that every localiser keeps its texts.</summary>
    public static IServiceCollection AddCachedLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IStringLocalizerFactory>(sp => new CachingStringLocalizerFactory(
            new ResourceManagerStringLocalizerFactory(sp.GetRequiredService<IOptions<LocalizationOptions>>(), sp.GetRequiredService<ILoggerFactory>())));
        return services;
    }
}

/// <summary>One <see cref="CachingStringLocalizer"/> per resource, around the framework's localisers.</summary>
internal sealed class CachingStringLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachingStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachingStringLocalizer(inner.Create(key.BaseName, key.Location)));
}

/// <summary>Looks a text up once per culture; formats arguments in the current culture, as the framework does.</summary>
internal sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

    public LocalizedString this[string name] =>
        _texts.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, localizer) => localizer[key.Name], inner);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound, text.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
