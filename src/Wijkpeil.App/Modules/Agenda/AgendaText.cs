using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>
/// Marker for the words of the Agenda module (<c>AgendaText.resx</c>, Dutch; <c>AgendaText.en.resx</c>, English), one
/// set for the agenda pages and for the agenda on the monitor's area page and overview: a status, funder or
/// performance question reads the same wherever it appears.
/// </summary>
public sealed class AgendaText
{
    /// <summary>The resource key of a status: gepland, lopend, afgerond, gestopt.</summary>
    public static string Key(ProjectStatus status) => "Status." + status;

    /// <summary>The resource key of a funder: Rijk, provincie, gemeente, overig.</summary>
    public static string Key(Funder funder) => "Funder." + funder;

    /// <summary>The resource key of a Results-Based Accountability question.</summary>
    public static string Key(OutputKind kind) => "Kind." + kind;
}
