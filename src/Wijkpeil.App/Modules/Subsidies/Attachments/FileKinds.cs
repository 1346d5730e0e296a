using System.Collections.Frozen;

namespace Wijkpeil.App.Modules.Subsidies.Attachments;

/// <summary>
/// What each <see cref="FileKind"/> is called, which extensions and Content-Type it has, and how a scheme's setting
/// such as <c>pdf,docx</c> names a set of kinds.
/// </summary>
public static class FileKinds
{
    private sealed record Facts(string Name, string Label, string ContentType, string[] Extensions);

    private static readonly FrozenDictionary<FileKind, Facts> All = new Dictionary<FileKind, Facts>
    {
        [FileKind.Pdf] = new("pdf", "PDF", "application/pdf", [".pdf"]),
        [FileKind.Docx] = new("docx", "Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]),
        [FileKind.Xlsx] = new("xlsx", "Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]),
        [FileKind.Odt] = new("odt", "OpenDocument (.odt)", "application/vnd.oasis.opendocument.text", [".odt"]),
        [FileKind.Ods] = new("ods", "OpenDocument (.ods)", "application/vnd.oasis.opendocument.spreadsheet", [".ods"]),
        [FileKind.Jpeg] = new("jpeg", "JPEG", "image/jpeg", [".jpg", ".jpeg"]),
        [FileKind.Png] = new("png", "PNG", "image/png", [".png"]),
    }.ToFrozenDictionary();

    // The names a setting may use: each kind's name and its extensions without the dot ("jpg" for JPEG).
    private static readonly FrozenDictionary<string, FileKind> ByName = All
        .SelectMany(k => k.Value.Extensions.Select(e => e.TrimStart('.')).Append(k.Value.Name).Distinct().Select(n => (Name: n, Kind: k.Key)))
        .ToFrozenDictionary(p => p.Name, p => p.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every accepted kind, in the enum's order.</summary>
    public static IReadOnlyList<FileKind> Accepted { get; } = [.. Enum.GetValues<FileKind>()];

    /// <summary>The stable lower-case name used in settings and logs: <c>pdf</c>, <c>docx</c>, <c>jpeg</c>...</summary>
    public static string Name(FileKind kind) => Of(kind).Name;

    /// <summary>The name shown to people, the same in Dutch and English: <c>PDF</c>, <c>Word (.docx)</c>...</summary>
    public static string Label(FileKind kind) => Of(kind).Label;

    /// <summary>The Content-Type to serve a stored file of this kind with.</summary>
    public static string ContentType(FileKind kind) => Of(kind).ContentType;

    /// <summary>The file name extensions of the kind, with the dot, the usual one first.</summary>
    public static IReadOnlyList<string> Extensions(FileKind kind) => Of(kind).Extensions;

    /// <summary>The labels of <paramref name="kinds"/> in the enum's order, joined by ", ": for messages and form hints.</summary>
    public static string Labels(IEnumerable<FileKind> kinds) => string.Join(", ", Ordered(kinds).Select(Label));

    /// <summary>The setting text of <paramref name="kinds"/> (<c>pdf,docx</c>), which <see cref="ParseList"/> reads back.</summary>
    public static string ToList(IEnumerable<FileKind> kinds) => string.Join(",", Ordered(kinds).Select(Name));

    /// <summary>
    /// The value of an HTML file input's <c>accept</c> attribute for <paramref name="kinds"/>: a hint to the browser's
    /// file picker only; the content is checked on the server.
    /// </summary>
    public static string AcceptAttribute(IEnumerable<FileKind> kinds) =>
        string.Join(",", Ordered(kinds).SelectMany(k => Of(k).Extensions.Append(Of(k).ContentType)));

    /// <summary>
    /// The kinds a setting such as <c>pdf, docx</c> names (case and a leading dot do not matter; <c>jpg</c> is
    /// <see cref="FileKind.Jpeg"/>); an empty text names none. Null when a name is not an accepted kind, with that
    /// name in <paramref name="unknownName"/>.
    /// </summary>
    public static IReadOnlySet<FileKind>? ParseList(string? text, out string? unknownName)
    {
        unknownName = null;
        var kinds = new HashSet<FileKind>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ByName.TryGetValue(part.TrimStart('.'), out var kind))
            {
                unknownName = part;
                return null;
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    /// <summary>
    /// A file name to offer a stored file under: the applicant's own name without any folder part or control
    /// characters, with an extension of the kind the content is (the name's own when it is one of those, never another), or <c>bijlage</c>
    /// and that extension when nothing usable is left.
    /// </summary>
    public static string DownloadName(string? originalName, FileKind kind)
    {
        var facts = Of(kind);
        var name = (originalName ?? "").Replace('\\', '/');
        name = new string([.. name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c) && c is not ('"' or ':' or '*' or '?' or '<' or '>' or '|'))]).Trim().Trim('.');
        var extension = Path.GetExtension(name);
        var fits = facts.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        var stem = fits ? name[..^extension.Length] : name;
        stem = stem.Length > 100 ? stem[..100].Trim() : stem;
        return (stem.Length == 0 ? "bijlage" : stem) + (fits ? extension.ToLowerInvariant() : facts.Extensions[0]);
    }

    private static IEnumerable<FileKind> Ordered(IEnumerable<FileKind> kinds) => kinds.Distinct().Order();

    private static Facts Of(FileKind kind) =>
        All.TryGetValue(kind, out var facts) ? facts : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an accepted file kind.");
}
