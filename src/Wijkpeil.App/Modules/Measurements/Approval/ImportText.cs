namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>Marker for the texts of the import pages (<c>ImportText.resx</c>, Dutch; <c>ImportText.en.resx</c>, English).</summary>
public sealed class ImportText;
