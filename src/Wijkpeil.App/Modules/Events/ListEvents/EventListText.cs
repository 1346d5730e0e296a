namespace Wijkpeil.App.Modules.Events.ListEvents;

/// <summary>Marker for the public event list's texts (<c>EventListText.resx</c>, Dutch; <c>EventListText.en.resx</c>, English).</summary>
public sealed class EventListText;
