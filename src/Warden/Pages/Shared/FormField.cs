namespace Warden.Pages;

/// <summary>
/// One labelled input of a form (<c>_FormField.cshtml</c>), with its hint and its error when it has them: the error is
/// shown next to the field and the input points at both with <c>aria-describedby</c> (markup conventions in docs/operations.md).
/// </summary>
public sealed record FormField(string Name, string Label, string Type, string Autocomplete, string? Value = null, string? Error = null,
    string? Hint = null);
