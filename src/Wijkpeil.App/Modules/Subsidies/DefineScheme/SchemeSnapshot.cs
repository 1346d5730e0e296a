using System.Globalization;
using System.Text;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>What the audit trail keeps of a scheme before and after a change: its terms as published or drafted.</summary>
internal sealed record SchemeSnapshot(
    string Slug,
    string Name,
    string Gemeente,
    int ProgrammeId,
    IReadOnlyList<string> FocusAreas,
    IReadOnlyList<int> ProjectIds,
    decimal Plafond,
    AllocationMethod Allocation,
    TieBreakRule? TieBreak,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    decimal Minimum,
    decimal Maximum,
    IReadOnlyList<string> Criteria,
    string Scale,
    decimal MinimumScore,
    IReadOnlyList<string> Attachments,
    int DecisionTermWeeks,
    int AdvancePercent,
    int FinalReportTermWeeks,
    DateTimeOffset? PublishedAt,
    int PlafondChanges)
{
    public static SchemeSnapshot Of(SubsidyScheme scheme) =>
        new(
            scheme.Slug,
            scheme.Name,
            scheme.Gemeente.Value,
            scheme.ProgrammeId,
            [.. scheme.FocusAreas],
            [.. scheme.ProjectIds],
            scheme.Plafond.Euros,
            scheme.Allocation,
            scheme.TieBreak,
            scheme.OpensOn,
            scheme.ClosesOn,
            scheme.MinimumAmount.Euros,
            scheme.MaximumAmount.Euros,
            [.. scheme.Criteria.OrderBy(c => c.Position).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Weight})"))],
            string.Create(CultureInfo.InvariantCulture, $"{scheme.ScaleMin}-{scheme.ScaleMax}"),
            scheme.MinimumScore,
            [.. scheme.Attachments.OrderBy(a => a.Position).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Kind} ({a.FileTypes}, {a.MaxBytes} bytes{(a.IsRequired ? ", required" : "")})"))],
            scheme.DecisionTermWeeks,
            scheme.AdvancePercent,
            scheme.FinalReportTermWeeks,
            scheme.PublishedAt,
            scheme.PlafondChanges.Count);
}

/// <summary>A scheme's address name from its name: "Initiatievenfonds Soesterkwartier 2027" → <c>initiatievenfonds-soesterkwartier-2027</c>.</summary>
internal static class SchemeSlugs
{
    /// <summary>The slug, or null when the name has too few letters or digits to make one.</summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Accents go (é → e), everything that is not a letter or digit becomes one hyphen.
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString();
        text = text.Length > Domain.Programmes.Slug.MaxLength ? text[..Domain.Programmes.Slug.MaxLength] : text;
        text = text.Trim('-');
        return text.Length >= Domain.Programmes.Slug.MinLength ? text : null;
    }
}
