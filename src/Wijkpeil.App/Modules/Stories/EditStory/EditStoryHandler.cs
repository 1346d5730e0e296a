using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Stories.EditStory;

/// <summary>Replaces the editable fields and the consent date of a story; quotes, anonymity and publication stay.</summary>
public sealed class EditStoryHandler(StoryChanges changes, StoryValidation validation)
{
    public async Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, int id, StoryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await changes.LoadAsync(user, id, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Cast<int>();
        }

        var story = loaded.Value;
        var today = changes.Today();
        var checkedFields = await validation.CheckAsync(user, request, story.ProgrammeId, today, ct);
        if (!checkedFields.Succeeded)
        {
            return checkedFields.Cast<int>();
        }

        var (programme, details, consent) = checkedFields.Value;
        if (programme.Id != story.ProgrammeId)
        {
            return Problem.Invalid("area", "story.area.programme");
        }

        var before = StorySnapshot.Of(story);
        if (story.Update(StoryProgrammes.Scope(programme), details, today).Error is { } error)
        {
            return Problem.From(error);
        }

        // The validation refused a consent date in the future, so recording it cannot fail here.
        if (consent is { } on)
        {
            _ = story.RecordConsent(on, today);
        }
        else if (story.IsConsentRecorded)
        {
            story.WithdrawConsent();
        }

        return await changes.SaveAsync(story, before, ct);
    }
}
