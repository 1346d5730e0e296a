namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>Marker for the texts of the assessment pages (<c>AssessPagesText.resx</c>, Dutch; <c>.en.resx</c>, English).</summary>
public sealed class AssessPagesText;
