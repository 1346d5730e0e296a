namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>Marker for the register's pages' texts (<c>OpportunitiesText.resx</c>, Dutch; <c>OpportunitiesText.en.resx</c>, English).</summary>
public sealed class OpportunitiesText;
