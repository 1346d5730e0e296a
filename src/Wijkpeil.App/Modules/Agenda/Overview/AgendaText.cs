using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Agenda.Overview;

/// <summary>
/// Marker for the agenda words the public monitor pages share (<c>AgendaText.resx</c>, Dutch; <c>AgendaText.en.resx</c>,
/// English): status, funder, the three performance questions, story methods and the example-data note.
/// </summary>
public sealed class AgendaText
{
    /// <summary>The resource key of a status: gepland, lopend, afgerond, gestopt.</summary>
    public static string Key(ProjectStatus status) => "Status." + status;

    /// <summary>The resource key of a funder: Rijk, provincie, gemeente, overig.</summary>
    public static string Key(Funder funder) => "Funder." + funder;

    /// <summary>The resource key of a Results-Based Accountability question.</summary>
    public static string Key(OutputKind kind) => "Kind." + kind;

    /// <summary>The resource key of a story method.</summary>
    public static string Key(StoryMethod method) => "Method." + method;
}
