namespace Wijkpeil.App.Modules.Subsidies.ScreenApplications;

/// <summary>Marker for the texts of the officers' pages (<c>ScreenText.resx</c>, Dutch; <c>ScreenText.en.resx</c>, English).</summary>
public sealed class ScreenText;
