using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Stories.RemoveQuote;

/// <summary>Removes one of a story's quotes, from the database too.</summary>
public sealed class RemoveQuoteHandler(StoryChanges changes)
{
    public Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, int id, int quoteId, CancellationToken ct) =>
        changes.ChangeAsync(user, id, story =>
        {
            var quote = story.Quotes.FirstOrDefault(q => q.Id == quoteId);
            if (quote is null)
            {
                return Problem.Invalid("quoteId", "story.quote.not_found");
            }

            story.RemoveQuote(quote);

            // The quote's key to its story is optional in the mapping, so EF would keep the row with the key
            // cleared; a removed quote (someone's words) must be gone from the database, not orphaned.
            changes.Db.Remove(quote);
            return null;
        }, ct);
}
