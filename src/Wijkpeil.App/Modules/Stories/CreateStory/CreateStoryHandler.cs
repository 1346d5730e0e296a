using System.Globalization;
using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories.CreateStory;

/// <summary>Creates a story, optionally with quotes, anonymised and published in the same step.</summary>
public sealed class CreateStoryHandler(StoryChanges changes, StoryValidation validation)
{
    public async Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, StoryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (!WijkpeilPermissions.CanEditAnyStories(user))
        {
            return Problem.Forbidden("story.create.forbidden");
        }

        var today = changes.Today();
        var checkedFields = await validation.CheckAsync(user, request, null, today, ct);
        if (!checkedFields.Succeeded)
        {
            return checkedFields.Cast<int>();
        }

        var (programme, details, consent) = checkedFields.Value;
        var created = Story.Create(StoryProgrammes.Scope(programme), details, today);
        if (created.Error is { } error)
        {
            return Problem.From(error);
        }

        var story = created.Value;
        var errors = new List<Problem>();
        if (consent is { } on && story.RecordConsent(on, today).Error is { } consentError)
        {
            errors.Add(Problem.From(consentError));
        }

        // Quotes first, so that anonymising sees them and refuses named ones.
        foreach (var (quote, index) in (request.Quotes ?? []).Select((q, i) => (q, i)))
        {
            if (story.AddQuote(quote.Text, quote.Attribution, quote.Named).Error is { } quoteError)
            {
                errors.Add(Problem.From(quoteError, string.Create(CultureInfo.InvariantCulture, $"quotes[{index}]")));
            }
        }

        if (request.Anonymised && story.Anonymise().Error is { } anonymiseError)
        {
            errors.Add(Problem.From(anonymiseError));
        }

        if (request.Published && errors.Count == 0 && story.Publish().Error is { } publishError)
        {
            errors.Add(Problem.From(publishError));
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Failure(errors);
        }

        return await changes.AddAsync(story, ct);
    }
}
