namespace Wijkpeil.App.Modules.Events.Attendance;

/// <summary>Marker for the attendance pages' texts (<c>AttendanceText.resx</c>, Dutch; <c>AttendanceText.en.resx</c>, English).</summary>
public sealed class AttendanceText;
