using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Ecommerce.Contracts.Events;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>Formatting shared by the templates. Every value that reaches HTML goes through <see cref="Encode"/>.</summary>
internal static class EmailFormat
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

    /// <summary>The order's lines and total as an HTML table.</summary>
    public static string LinesHtml(IReadOnlyList<PricedLine> lines, decimal total)
    {
        var rows = new StringBuilder();
        foreach (var line in lines)
        {
            rows.Append(
                $"""
                <tr><td>{Encode(line.Name)}</td><td style="text-align: right;">{line.Quantity}</td><td style="text-align: right;">{Money(line.UnitPrice)}</td><td style="text-align: right;">{Money(line.LineTotal)}</td></tr>

                """);
        }

        return
            $"""
            <table cellpadding="4" style="border-collapse: collapse;">
            <thead><tr><th style="text-align: left;">Item</th><th>Qty</th><th>Unit price</th><th>Line total</th></tr></thead>
            <tbody>
            {rows}</tbody>
            <tfoot><tr><td colspan="3" style="text-align: right;"><strong>Total</strong></td><td style="text-align: right;"><strong>{Money(total)}</strong></td></tr></tfoot>
            </table>
            """;
    }

    /// <summary>The order's lines and total as aligned text.</summary>
    public static string LinesText(IReadOnlyList<PricedLine> lines, decimal total)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendLine($"- {line.Name} x {line.Quantity} @ {Money(line.UnitPrice)} = {Money(line.LineTotal)}");
        }

        text.Append($"Total: {Money(total)}");
        return text.ToString();
    }
}
