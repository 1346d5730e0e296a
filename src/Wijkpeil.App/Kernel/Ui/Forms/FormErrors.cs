namespace Wijkpeil.App.Kernel.Ui.Forms;

/// <summary>A refused value's message at the id of the field it belongs to (empty id: about the whole form).</summary>
/// <param name="FieldId">The HTML id of the field.</param>
/// <param name="Message">What is wrong and what to do, in the reader's language.</param>
public sealed record FieldMessage(string FieldId, string Message);

/// <summary>
/// The messages of a refused form, for the error summary at the top of the page and the message at each field:
/// a field with a message gets <c>aria-invalid</c> and is described by its message.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FieldMessage> _messages = [];

    public IReadOnlyList<FieldMessage> Messages => _messages;

    public bool Any => _messages.Count > 0;

    /// <summary>The id of the element that holds a field's message.</summary>
    public static string MessageId(string fieldId) => fieldId + "-fout";

    public void Add(string fieldId, string message) => _messages.Add(new FieldMessage(fieldId, message));

    public string? For(string fieldId) => _messages.FirstOrDefault(m => m.FieldId == fieldId)?.Message;

    /// <summary>The value of <c>aria-invalid</c>: "true" or nothing.</summary>
    public string? Invalid(string fieldId) => For(fieldId) is null ? null : "true";

    /// <summary>The value of <c>aria-describedby</c>: the hint and/or the message, or nothing.</summary>
    public string? DescribedBy(string fieldId, string? hintId = null)
    {
        var ids = new[] { hintId, For(fieldId) is null ? null : MessageId(fieldId) }.Where(id => id is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }
}
