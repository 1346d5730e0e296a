using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Wijkpeil.App.Modules.Monitor.Components;

/// <summary>
/// A heading whose level depends on the page's structure (an area page in two programmes nests its pillars one level
/// deeper), with the NL Design System class of that level.
/// </summary>
public sealed class Heading : ComponentBase
{
    /// <summary>1 to 6.</summary>
    [Parameter, EditorRequired]
    public int Level { get; set; }

    [Parameter]
    public string? Id { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var level = Math.Clamp(Level, 1, 6);
        builder.OpenElement(0, "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "class", "utrecht-heading-" + level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Id is not null)
        {
            builder.AddAttribute(2, "id", Id);
        }

        builder.AddContent(3, ChildContent);
        builder.CloseElement();
    }
}
