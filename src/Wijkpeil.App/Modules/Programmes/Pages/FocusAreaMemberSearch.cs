using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes.Pages;

/// <summary>
/// The focus-area row's search box on the programme form, through the area search every form uses: one wijk or buurt
/// found is added to the row's members at once; several are listed with a button each ("bedoelde u …?"); none gets a
/// message at the box.
/// </summary>
internal static class FocusAreaMemberSearch
{
    /// <summary>A focus area's members are wijken and buurten.</summary>
    public static AreaInputOptions Members { get; } = new([AreaLevel.District, AreaLevel.Neighbourhood]);

    /// <summary>Runs the search a "search:i" command asked for; returns the row and what its text named, or (-1, null).</summary>
    public static async Task<(int Row, AreaInput? Input)> ApplyAsync(ProgrammeForm form, IAreaSearch search, FormErrors errors, IStringLocalizer<AreaField> text, CancellationToken ct)
    {
        var row = form.SearchedFocusArea();
        if (row < 0)
        {
            return (-1, null);
        }

        var input = await search.ResolveAsync(form.FocusAreas[row].Search, Members, ct);
        if (input is AreaInput.Found found)
        {
            form.AddMember(row, found.Area.Code);
        }
        else if (AreaField.Message(input, text) is { } message)
        {
            errors.Add(ProgrammeForm.Id($"focusAreas[{row}].search"), message);
        }

        return (row, input);
    }
}
