namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// Marker for the words of the Programmes module (<c>ProgrammeText.resx</c>, Dutch; <c>ProgrammeText.en.resx</c>,
/// English): one message per problem code, domain codes included, so a form and the API say the same.
/// </summary>
public sealed class ProgrammeText;
