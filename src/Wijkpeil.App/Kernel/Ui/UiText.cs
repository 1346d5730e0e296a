namespace Wijkpeil.App.Kernel.Ui;

/// <summary>Marker for the texts every page shares (<c>UiText.resx</c>, Dutch; <c>UiText.en.resx</c>, English).</summary>
public sealed class UiText;
