using Microsoft.AspNetCore.Http;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>A file from the application form, for one of the scheme's attachment requirements (by its id).</summary>
public sealed record UploadedFile(int RequirementId, string FileName, Func<Stream> Open);

/// <summary>Reads the form's file inputs: one input per requirement, named <see cref="InputName"/>.</summary>
public static class UploadedFiles
{
    public static string InputName(int requirementId) => "bijlage-" + requirementId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The non-empty files of a multipart form (an input left empty arrives as a nameless, empty part).</summary>
    public static IReadOnlyList<UploadedFile> From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return [];
        }

        var files = new List<UploadedFile>();
        foreach (var file in request.Form.Files)
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            {
                continue;
            }

            if (file.Name.StartsWith("bijlage-", StringComparison.Ordinal)
                && int.TryParse(file.Name["bijlage-".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                files.Add(new UploadedFile(id, file.FileName, file.OpenReadStream));
            }
        }

        return files;
    }
}
