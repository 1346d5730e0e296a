using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Data.Backup.BackupText))]

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// Marker for the refusals of backup and restore (<c>BackupText.resx</c>, Dutch; <c>BackupText.en.resx</c>, English):
/// codes <c>backup.*</c> and <c>restore.*</c>, shown by <c>wijkpeil backup</c> and <c>wijkpeil restore</c>.
/// </summary>
public sealed class BackupText;
