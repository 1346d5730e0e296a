namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>Marker for the organisers' pages' texts (<c>ManageEventsText.resx</c>, Dutch; <c>ManageEventsText.en.resx</c>, English).</summary>
public sealed class ManageEventsText;
