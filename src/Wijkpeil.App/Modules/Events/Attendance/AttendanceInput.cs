using System.Globalization;

namespace Wijkpeil.App.Modules.Events.Attendance;

/// <summary>
/// The attendance page's two forms: a row's button (<c>in-12</c> checks registration 12 in, <c>uit-12</c> out) and the
/// check-in code typed at the door.
/// </summary>
public sealed class AttendanceInput
{
    /// <summary>The problem field of the code, and the id of its input.</summary>
    public const string CodeField = "code";

    public const string CheckInPrefix = "in-";
    public const string CheckOutPrefix = "uit-";

    /// <summary>The pressed row's button: a prefix and the registration's id.</summary>
    public string? Change { get; set; }

    /// <summary>The check-in code from the person's confirmation.</summary>
    public string? Code { get; set; }

    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CodeField] = "aanwezigheid-code",
    };

    /// <summary>The registration and the wanted state the pressed button names, or null for a value no button sends.</summary>
    public (int RegistrationId, bool Attended)? ParseChange()
    {
        var attended = Change?.StartsWith(CheckInPrefix, StringComparison.Ordinal) == true;
        var prefix = attended ? CheckInPrefix : CheckOutPrefix;
        return Change is not null && Change.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(Change.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (id, attended)
            : null;
    }
}
