using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// Stores an applicant's uploads for the scheme's requirements, each checked by content against the requirement's file
/// types and size; on any refusal the files stored so far are deleted again, so a refused form leaves nothing behind.
/// </summary>
public sealed class ApplicantFiles(IAttachmentStore store)
{
    public async Task<(IReadOnlyList<ApplicationAttachment> Stored, IReadOnlyList<Problem> Problems)> StoreAsync(SubsidyScheme scheme, IReadOnlyList<UploadedFile> files, DateTimeOffset now, CancellationToken ct)
    {
        var stored = new List<ApplicationAttachment>();
        var problems = new List<Problem>();
        foreach (var file in files)
        {
            var field = $"attachments[{file.RequirementId}]";
            var requirement = scheme.Attachments.FirstOrDefault(r => r.Id == file.RequirementId);
            if (requirement is null)
            {
                problems.Add(Problem.Invalid(field, "subsidy.application.attachment.unknown"));
                continue;
            }

            var allowed = FileKinds.ParseList(requirement.FileTypes, out _) ?? new HashSet<FileKind>();
            await using var content = file.Open();
            var saved = await store.SaveAsync(content, requirement.MaxBytes, allowed, field, ct);
            if (!saved.Succeeded)
            {
                problems.AddRange(saved.Problems);
                continue;
            }

            var kept = saved.Value;
            stored.Add(ApplicationAttachment.Create(requirement.Id, file.FileName, kept.StoredName, FileKinds.Name(kept.Kind), kept.Size, kept.Sha256Hex, now));
        }

        if (problems.Count > 0)
        {
            await ForgetAsync(stored.Select(s => s.StoredName), ct);
            return ([], problems);
        }

        return (stored, []);
    }

    /// <summary>Deletes stored files (a refused form's, or a removed attachment's).</summary>
    public async Task ForgetAsync(IEnumerable<string> storedNames, CancellationToken ct)
    {
        foreach (var name in storedNames)
        {
            await store.DeleteAsync(name, ct);
        }
    }
}
