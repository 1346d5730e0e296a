using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Pages;

/// <summary>
/// What the create and edit forms post: only the fields an editor may set, as typed. Status, example-data flag and
/// children are not in it, so a crafted post cannot set them (no over-posting).
/// </summary>
public sealed class ProjectForm
{
    public string? FocusArea { get; set; }

    public string? Title { get; set; }

    /// <summary>Checked pillars by number (<c>Input.Pillars[3]=true</c>): keyed, so unchecked boxes leave no gaps.</summary>
    public Dictionary<int, bool>? Pillars { get; set; }

    public string? OwnerOrganisation { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? Description { get; set; }

    public string? MeetingPlaceName { get; set; }

    public string? MeetingPlaceAddress { get; set; }

    public bool Published { get; set; }

    /// <summary>The fields of an existing project, to start editing from.</summary>
    public static ProjectForm From(ProjectEditView project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectForm
        {
            FocusArea = project.FocusAreaCode,
            Title = project.Title,
            Pillars = project.Pillars.ToDictionary(n => n, _ => true),
            OwnerOrganisation = project.OwnerOrganisation,
            StartDate = FormValues.DateText(project.StartDate),
            EndDate = FormValues.DateText(project.EndDate),
            Description = project.Description,
            MeetingPlaceName = project.MeetingPlaceName,
            MeetingPlaceAddress = project.MeetingPlaceAddress,
            Published = project.IsPublished,
        };
    }

    public bool IsChecked(int pillar) => Pillars?.GetValueOrDefault(pillar) == true;

    /// <summary>
    /// The request of a project in <paramref name="programme"/> with this status, or null with a message per unreadable
    /// date in <paramref name="errors"/>; what the values mean is left to the use case. Collections stay as they are.
    /// </summary>
    public ProjectRequest? ToRequest(FormErrors errors, string section, string invalidDateMessage, string? programme, ProjectStatus status, string? stopReason)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var startOk = FormValues.TryDate(StartDate, out var start);
        var endOk = FormValues.TryDate(EndDate, out var end);
        if (!startOk)
        {
            errors.Add(section + "-startDate", invalidDateMessage);
        }

        if (!endOk)
        {
            errors.Add(section + "-endDate", invalidDateMessage);
        }

        if (!startOk || !endOk)
        {
            return null;
        }

        return new ProjectRequest(
            FocusArea?.Trim() ?? string.Empty,
            Title ?? string.Empty,
            [.. (Pillars ?? []).Where(p => p.Value).Select(p => p.Key)],
            status,
            Published,
            OwnerOrganisation,
            start,
            end,
            stopReason,
            Description,
            MeetingPlaceName,
            MeetingPlaceAddress,
            Programme: programme);
    }
}

/// <summary>Which item a remove button of a list on the edit page names.</summary>
public sealed class RemoveItemInput
{
    public string? Item { get; set; }
}
