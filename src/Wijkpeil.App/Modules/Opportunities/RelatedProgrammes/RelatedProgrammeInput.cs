using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.RelatedProgrammes;

/// <summary>The related-programme form as typed; themes one per line.</summary>
public sealed class RelatedProgrammeInput
{
    private static readonly string[] Fields = ["name", "description", "themes", "contact"];

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Themes { get; set; }

    public string? Contact { get; set; }

    /// <summary>Request field → HTML id, for the form with <paramref name="formId"/>.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds(string formId) =>
        Fields.ToDictionary(f => f, f => formId + "-" + f, StringComparer.Ordinal);

    /// <summary>The form filled with a stored programme.</summary>
    public static RelatedProgrammeInput From(RelatedProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new RelatedProgrammeInput { Name = programme.Name, Description = programme.Description, Themes = string.Join('\n', programme.Themes), Contact = programme.Contact };
    }

    /// <summary>The details as the domain reads them.</summary>
    public RelatedProgrammeDetails ToDetails() =>
        new(Name, Description, [.. (Themes ?? string.Empty).Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)], Contact);
}
