namespace Wijkpeil.App.Modules.Accounts.Manage;

/// <summary>Marker for the texts of the account pages (<c>AccountPagesText.resx</c>, Dutch; <c>AccountPagesText.en.resx</c>, English).</summary>
public sealed class AccountPagesText;
