namespace Wijkpeil.Domain.Agenda;

/// <summary>
/// Where a project of the execution agenda stands. Changes go through <see cref="Project.Start"/>,
/// <see cref="Project.Complete"/>, <see cref="Project.Stop"/> and <see cref="Project.Reopen"/>:
/// Planned → Running → Completed; Planned or Running → Stopped; Completed or Stopped → Reopen.
/// </summary>
public enum ProjectStatus
{
    Planned = 0,
    Running = 1,
    Completed = 2,
    Stopped = 3,
}
