namespace Warden.Pages.Account;

/// <summary>One labelled input of an account form, with its error when it has one (see the markup conventions in docs/architecture.md).</summary>
public sealed record AccountField(string Name, string Label, string Type, string Autocomplete, string? Value, string? Error, string? Hint = null);
