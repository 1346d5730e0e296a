using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Stories.AddQuote;

/// <summary>Adds a quote after a story's others.</summary>
public sealed class AddQuoteHandler(StoryChanges changes)
{
    public Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, int id, QuoteRequest quote, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return changes.ChangeAsync(user, id, story =>
            story.AddQuote(quote.Text, quote.Attribution, quote.Named).Error is { } error ? Problem.From(error) : null, ct);
    }
}
