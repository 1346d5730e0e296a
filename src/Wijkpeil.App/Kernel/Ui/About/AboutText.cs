namespace Wijkpeil.App.Kernel.Ui.About;

/// <summary>The texts of the pages about the site (contact, privacy, accessibility, colofon): AboutText.resx and .en.resx.</summary>
public sealed class AboutText;
