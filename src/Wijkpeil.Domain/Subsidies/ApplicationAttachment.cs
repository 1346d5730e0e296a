namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A file an applicant added: kept under a random name outside the web root (<see cref="StoredName"/>); the original
/// name is shown to the applicant and officers only.
/// </summary>
public sealed class ApplicationAttachment
{
    private ApplicationAttachment()
    {
        OriginalName = string.Empty;
        StoredName = string.Empty;
        FileType = string.Empty;
        Sha256 = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The scheme's requirement this file answers; null for an extra file.</summary>
    public int? RequirementId { get; private set; }

    public string OriginalName { get; private set; }

    public string StoredName { get; private set; }

    /// <summary>The type found in the content (pdf, docx, ...), never taken from the name.</summary>
    public string FileType { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public static ApplicationAttachment Create(int? requirementId, string originalName, string storedName, string fileType, long size, string sha256, DateTimeOffset addedAt) =>
        new()
        {
            RequirementId = requirementId,
            OriginalName = Path.GetFileName(originalName).Length is > 0 and <= 200 ? Path.GetFileName(originalName) : "bijlage",
            StoredName = storedName,
            FileType = fileType,
            Size = size,
            Sha256 = sha256,
            AddedAt = addedAt,
        };
}
