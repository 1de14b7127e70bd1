using System.Text;
using Ecommerce.Contracts.Events;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>The order's lines and total, as an HTML table and as aligned text.</summary>
internal static class OrderLinesBlock
{
    public static string ToHtml(IReadOnlyList<PricedLine> lines, decimal total)
    {
        var rows = new StringBuilder();
        foreach (var line in lines)
        {
            rows.Append(
                $"""
                <tr><td>{Html.Encode(line.Name)}</td><td style="text-align: right;">{line.Quantity}</td><td style="text-align: right;">{Html.Money(line.UnitPrice)}</td><td style="text-align: right;">{Html.Money(line.LineTotal)}</td></tr>

                """);
        }

        return
            $"""
            <table cellpadding="4" style="border-collapse: collapse;">
            <thead><tr><th style="text-align: left;">Item</th><th>Qty</th><th>Unit price</th><th>Line total</th></tr></thead>
            <tbody>
            {rows}</tbody>
            <tfoot><tr><td colspan="3" style="text-align: right;"><strong>Total</strong></td><td style="text-align: right;"><strong>{Html.Money(total)}</strong></td></tr></tfoot>
            </table>
            """;
    }

    public static string ToText(IReadOnlyList<PricedLine> lines, decimal total)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendLine($"- {line.Name} x {line.Quantity} @ {Html.Money(line.UnitPrice)} = {Html.Money(line.LineTotal)}");
        }

        text.Append($"Total: {Html.Money(total)}");
        return text.ToString();
    }
}
