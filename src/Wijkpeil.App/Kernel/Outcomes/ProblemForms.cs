using Wijkpeil.App.Kernel.Ui.Forms;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>
/// The one mapper from expected failures to a page's form messages: each problem's text in the page's language at
/// the HTML id its field has in that form. A form names its fields in a map (request field → HTML id); a problem
/// whose field the form does not show goes to the id of the form as a whole.
/// </summary>
public static class ProblemForms
{
    /// <summary>Adds the messages of <paramref name="problems"/> to <paramref name="errors"/>.</summary>
    public static FormErrors AddTo(FormErrors errors, IEnumerable<Problem> problems, IReadOnlyDictionary<string, string> fieldIds, string formId)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(fieldIds);
        foreach (var problem in problems)
        {
            errors.Add(IdOf(problem.Field, fieldIds, formId), ProblemMessages.For(problem));
        }

        return errors;
    }

    /// <summary>The form's messages for <paramref name="problems"/>.</summary>
    public static FormErrors ToFormErrors(IEnumerable<Problem> problems, IReadOnlyDictionary<string, string> fieldIds, string formId) =>
        AddTo(new FormErrors(), problems, fieldIds, formId);

    /// <summary>
    /// The HTML id of a field: its own entry, or, for an item of a collection the form edits one at a time
    /// (<c>outputs[0].name</c>), the entry of its last part; else the form's id.
    /// </summary>
    public static string IdOf(string? field, IReadOnlyDictionary<string, string> fieldIds, string formId)
    {
        ArgumentNullException.ThrowIfNull(fieldIds);
        if (string.IsNullOrEmpty(field))
        {
            return formId;
        }

        if (fieldIds.TryGetValue(field, out var id))
        {
            return id;
        }

        var last = field[(field.LastIndexOf('.') + 1)..];
        return fieldIds.TryGetValue(last, out var lastId) ? lastId : formId;
    }
}
