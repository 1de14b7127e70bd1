namespace Ecommerce.Notifications.Email.Templates;

/// <summary>A template's output: the same content as HTML and as plain text.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
