namespace Wijkpeil.App.Modules.Lessons;

/// <summary>Marker for the lesson pages' texts (<c>LessonPagesText.resx</c>, Dutch; <c>LessonPagesText.en.resx</c>, English).</summary>
public sealed class LessonPagesText;
