using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// Guards the story editing pages before they render: on <c>/verhalen/{Id}/...</c> the account must be allowed to
/// edit stories about that story's area, on <c>/verhalen/nieuw</c> about some area. Checked by the authorization
/// middleware, so a forged POST is refused with 403 before any form handler runs (a page that hides its forms
/// from a refused user could otherwise only answer that the form does not exist). StoryChanges checks again.
/// </summary>
public static class StoryEditorPolicy
{
    public const string Name = "story-editor";

    /// <summary>Adds the policy; the web host's authorization services come from the account registrations.</summary>
    public static IServiceCollection AddStoryEditorPolicy(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, StoryEditorHandler>();
        services.AddAuthorizationBuilder().AddPolicy(Name, policy => policy.RequireAuthenticatedUser().AddRequirements(new StoryEditorRequirement()));
        return services;
    }

    private sealed class StoryEditorRequirement : IAuthorizationRequirement;

    private sealed class StoryEditorHandler(WijkpeilDbContext db) : AuthorizationHandler<StoryEditorRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StoryEditorRequirement requirement)
        {
            if (context.Resource is not HttpContext http)
            {
                return;
            }

            if (http.GetRouteValue("Id") is not { } value
                || !int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                if (WijkpeilPermissions.CanEditAnyStories(context.User))
                {
                    context.Succeed(requirement);
                }

                return;
            }

            var story = await db.Stories.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Area }).SingleOrDefaultAsync(http.RequestAborted);

            // A story that does not exist is the page's 404 to give, not a refusal.
            if (story is null || StoryChanges.CanEdit(context.User, story.Area))
            {
                context.Succeed(requirement);
            }
        }
    }
}
