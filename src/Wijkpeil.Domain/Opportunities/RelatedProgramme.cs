using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// A provincial programme or line department with a substantive overlap ("aanverwante provinciale programma's en
/// lijnonderdelen met een inhoudelijk raakvlak") that the agenda is sent to each year. Its themes are the keywords
/// that pick the agenda items sent to it (<see cref="ThemeMatch"/>).
/// </summary>
public sealed class RelatedProgramme
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int ContactMaxLength = 300;
    public const int ThemeMaxLength = 100;
    public const int MaxThemes = 30;

    private RelatedProgramme()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Markdown as typed; the renderer sanitises.</summary>
    public string? Description { get; private set; }

    /// <summary>Keywords as typed (trimmed), one or more, no two the same once case and accents are ignored.</summary>
    public List<string> Themes { get; private set; } = [];

    /// <summary>Who to send the agenda to: a person, team or mailbox, as one line.</summary>
    public string? Contact { get; private set; }

    /// <summary>A new related programme.</summary>
    public static Result<RelatedProgramme> Create(RelatedProgrammeDetails details)
    {
        var created = new RelatedProgramme();
        var applied = created.Change(details);
        return applied.IsSuccess ? created : applied.Error!;
    }

    /// <summary>Replaces the details; nothing changes when one is refused.</summary>
    public Result<RelatedProgramme> Change(RelatedProgrammeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = TextRules.Required(details.Name, NameMaxLength, "related_programme.name", "de naam", "name");
        var description = TextRules.OptionalRaw(details.Description, DescriptionMaxLength, "related_programme.description", "de beschrijving", "description");
        var contact = TextRules.Optional(details.Contact, ContactMaxLength, "related_programme.contact", "het contact", "contact");
        var themes = CheckThemes(details.Themes);
        var problem = name.Error ?? description.Error ?? contact.Error ?? themes.Error;
        if (problem is not null)
        {
            return problem;
        }

        Name = name.Value;
        Description = description.Value;
        Themes = [.. themes.Value];
        Contact = contact.Value;
        return this;
    }

    private static Result<IReadOnlyList<string>> CheckThemes(IReadOnlyList<string> typed)
    {
        var themes = new List<string>();
        foreach (var theme in typed.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()))
        {
            if (theme.Length > ThemeMaxLength)
            {
                return Result<IReadOnlyList<string>>.Failure(
                    "related_programme.theme.too_long",
                    string.Create(CultureInfo.InvariantCulture, $"Het thema '{theme[..20]}…' is te lang: {theme.Length} tekens, maximaal {ThemeMaxLength}."),
                    "themes",
                    theme.Length,
                    ThemeMaxLength);
            }

            if (ThemeMatch.Normalise(theme).Length < ThemeMatch.MinThemeLength)
            {
                return Result<IReadOnlyList<string>>.Failure(
                    "related_programme.theme.too_short",
                    string.Create(CultureInfo.InvariantCulture, $"Het thema '{theme}' is te kort om agendapunten mee te kiezen: minimaal {ThemeMatch.MinThemeLength} letters of cijfers."),
                    "themes",
                    theme,
                    ThemeMatch.MinThemeLength);
            }

            if (themes.All(t => ThemeMatch.Normalise(t) != ThemeMatch.Normalise(theme)))
            {
                themes.Add(theme);
            }
        }

        if (themes.Count == 0)
        {
            return Result<IReadOnlyList<string>>.Failure("related_programme.themes.required", "Noem ten minste één thema: daarmee worden de agendapunten gekozen die het programma krijgt.", "themes");
        }

        return themes.Count > MaxThemes
            ? Result<IReadOnlyList<string>>.Failure("related_programme.themes.too_many", string.Create(CultureInfo.InvariantCulture, $"Noem ten hoogste {MaxThemes} thema's."), "themes", MaxThemes)
            : themes;
    }
}

/// <summary>What a coordinator fills in for a related programme, as typed; <see cref="RelatedProgramme"/> checks it.</summary>
/// <param name="Name">The programme's or line department's name.</param>
/// <param name="Description">What it does, Markdown.</param>
/// <param name="Themes">Keywords that pick the agenda items sent to it.</param>
/// <param name="Contact">Who receives the agenda, when known.</param>
public sealed record RelatedProgrammeDetails(string? Name, string? Description, IReadOnlyList<string> Themes, string? Contact);
