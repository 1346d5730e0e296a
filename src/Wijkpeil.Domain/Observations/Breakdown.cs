namespace Wijkpeil.Domain.Observations;

/// <summary>A subgroup an observation is about, such as age group 18+ or 65+; <see cref="TotalCode"/> for the whole population.</summary>
public sealed class Breakdown
{
    public const string TotalCode = "totaal";

    public Breakdown(string code, string nameNl, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        NameNl = string.IsNullOrWhiteSpace(nameNl) ? Code : nameNl.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameNl : nameEn.Trim();
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string NameNl { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Normalises a breakdown as written in a file: empty means the total.</summary>
    public static string NormaliseCode(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? TotalCode : trimmed;
    }
}
