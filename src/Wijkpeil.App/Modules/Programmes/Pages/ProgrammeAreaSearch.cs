using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes.Pages;

/// <summary>
/// The programme form's area search boxes, through the area search every form uses: a focus-area row's box (its
/// wijken and buurten) and the reference areas' box (Nederland, provincies, gemeenten). One area found is added to the
/// codes at once; several are listed with a button each ("bedoelde u …?"); none gets a message at the box. A name
/// left in a box when the form is saved is looked up the same way, so nothing typed is silently dropped.
/// </summary>
internal static class ProgrammeAreaSearch
{
    /// <summary>The reference areas' search box, by its field path.</summary>
    public const string ReferenceBox = "referenceAreas.search";

    /// <summary>A focus area's members are wijken and buurten.</summary>
    public static AreaInputOptions Members { get; } = new([AreaLevel.District, AreaLevel.Neighbourhood]);

    /// <summary>A programme compares with the country, provincies and gemeenten.</summary>
    public static AreaInputOptions References { get; } = new([AreaLevel.Country, AreaLevel.Province, AreaLevel.Municipality]);

    /// <summary>The field path of focus area <paramref name="row"/>'s search box.</summary>
    public static string MemberBox(int row) => $"focusAreas[{row}].search";

    /// <summary>Runs the search a "search:…" command asked for; returns what each searched box's text named, by box.</summary>
    public static async Task<IReadOnlyDictionary<string, AreaInput>> ApplyAsync(ProgrammeForm form, IAreaSearch search, FormErrors errors, IStringLocalizer<AreaField> text, CancellationToken ct)
    {
        var results = new Dictionary<string, AreaInput>(StringComparer.Ordinal);
        if (form.SearchedFocusArea() is var row and >= 0)
        {
            await LookUpAsync(form, row, search, errors, text, results, ct);
        }
        else if (form.SearchedReferences())
        {
            await LookUpAsync(form, -1, search, errors, text, results, ct);
        }

        return results;
    }

    /// <summary>
    /// Before saving: every box with text in it is looked up as if its button was pressed. Returns what each named;
    /// the form may be saved only when <paramref name="errors"/> stayed empty.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, AreaInput>> ApplyPendingAsync(ProgrammeForm form, IAreaSearch search, FormErrors errors, IStringLocalizer<AreaField> text, CancellationToken ct)
    {
        var results = new Dictionary<string, AreaInput>(StringComparer.Ordinal);
        for (var row = 0; row < form.FocusAreas.Count; row++)
        {
            if (!string.IsNullOrWhiteSpace(form.FocusAreas[row].Search))
            {
                await LookUpAsync(form, row, search, errors, text, results, ct);
            }
        }

        if (!string.IsNullOrWhiteSpace(form.ReferenceSearch))
        {
            await LookUpAsync(form, -1, search, errors, text, results, ct);
        }

        return results;
    }

    // Row -1 is the reference areas' box.
    private static async Task LookUpAsync(ProgrammeForm form, int row, IAreaSearch search, FormErrors errors, IStringLocalizer<AreaField> text, Dictionary<string, AreaInput> results, CancellationToken ct)
    {
        var box = row < 0 ? ReferenceBox : MemberBox(row);
        var input = row < 0
            ? await search.ResolveAsync(form.ReferenceSearch, References, ct)
            : await search.ResolveAsync(form.FocusAreas[row].Search, Members, ct);
        results[box] = input;
        if (input is AreaInput.Found found)
        {
            if (row < 0)
            {
                form.AddReference(found.Area.Code);
            }
            else
            {
                form.AddMember(row, found.Area.Code);
            }
        }
        else if (AreaField.Message(input, text) is { } message)
        {
            errors.Add(ProgrammeForm.Id(box), message);
        }
    }
}
