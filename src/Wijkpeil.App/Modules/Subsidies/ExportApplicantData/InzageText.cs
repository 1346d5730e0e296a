namespace Wijkpeil.App.Modules.Subsidies.ExportApplicantData;

/// <summary>Marker for the texts of the inzage link (<c>InzageText.resx</c>, Dutch; <c>InzageText.en.resx</c>, English).</summary>
public sealed class InzageText;
