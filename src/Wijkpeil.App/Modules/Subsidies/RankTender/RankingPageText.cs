namespace Wijkpeil.App.Modules.Subsidies.RankTender;

/// <summary>Marker for the texts of the ranking page (<c>RankingPageText.resx</c>, Dutch; <c>.en.resx</c>, English).</summary>
public sealed class RankingPageText;
