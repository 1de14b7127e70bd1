using System.Globalization;
using System.Text.Encodings.Web;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>Formatting shared by the templates. Every value that reaches HTML goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The page around a template's content, kept plain so mail clients render it alike.</summary>
    public static string Page(string title, string content) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{Encode(title)}</title></head>
        <body style="font-family: Arial, Helvetica, sans-serif; color: #222;">
        {content}
        <p style="color: #777; font-size: 12px;">This message was sent because an order was placed with this address.</p>
        </body>
        </html>
        """;
}
