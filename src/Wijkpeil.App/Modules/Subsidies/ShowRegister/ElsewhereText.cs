namespace Wijkpeil.App.Modules.Subsidies.ShowRegister;

/// <summary>
/// Marker for the words about a scheme run outside Wijkpeil (<c>ElsewhereText.resx</c>, Dutch; <c>.en.resx</c>,
/// English): no plafond or dates are known here, and people apply at the gemeente.
/// </summary>
public sealed class ElsewhereText;
