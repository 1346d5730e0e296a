namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>Marker for the texts of the application form, the applicant's page and their mails (<c>ApplyText.resx</c>, Dutch; <c>ApplyText.en.resx</c>, English).</summary>
public sealed class ApplyText;
