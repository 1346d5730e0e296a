using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// An attachment a scheme asks for: its kind ("begroting", "offerte"), the file types accepted (names such as
/// <c>pdf,docx</c>, checked by content when a file arrives) and the largest size.
/// </summary>
public sealed class AttachmentRequirement
{
    public const int KindMaxLength = 120;
    public const long MaxBytesLimit = 25L * 1024 * 1024;

    private AttachmentRequirement()
    {
        Kind = string.Empty;
        FileTypes = string.Empty;
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public string Kind { get; private set; }

    /// <summary>Lower-case file type names separated by commas, e.g. <c>pdf,docx,jpeg</c>.</summary>
    public string FileTypes { get; private set; }

    public long MaxBytes { get; private set; }

    /// <summary>Required to submit; an optional one may be left out.</summary>
    public bool IsRequired { get; private set; }

    internal static Result<AttachmentRequirement> Create(int position, string? kind, string? fileTypes, long maxBytes, bool required, string field)
    {
        var checkedKind = TextRules.Required(kind, KindMaxLength, "subsidy.attachment.kind", "de soort bijlage", field + ".kind");
        if (!checkedKind.IsSuccess)
        {
            return checkedKind.Error!;
        }

        var types = (fileTypes ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('.').ToLowerInvariant()).Distinct().ToList();
        if (types.Count == 0)
        {
            return Result<AttachmentRequirement>.Failure("subsidy.attachment.types_required", "Noem de bestandstypen die bij deze bijlage passen (bijvoorbeeld pdf, docx).", field + ".fileTypes");
        }

        if (maxBytes < 1 || maxBytes > MaxBytesLimit)
        {
            return Result<AttachmentRequirement>.Failure("subsidy.attachment.size", $"De grootste omvang van een bijlage is 1 byte tot {MaxBytesLimit / 1024 / 1024} MB (gegeven {maxBytes} bytes).", field + ".maxBytes", maxBytes, MaxBytesLimit / 1024 / 1024);
        }

        return new AttachmentRequirement { Position = position, Kind = checkedKind.Value, FileTypes = string.Join(',', types), MaxBytes = maxBytes, IsRequired = required };
    }

    /// <summary>The accepted type names, e.g. ["pdf", "docx"].</summary>
    public IReadOnlyList<string> FileTypeNames => FileTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    internal void CopyFrom(AttachmentRequirement other)
    {
        Position = other.Position;
        Kind = other.Kind;
        FileTypes = other.FileTypes;
        MaxBytes = other.MaxBytes;
        IsRequired = other.IsRequired;
    }
}
