namespace Ecommerce.EndToEnd.Clients;

/// <summary>A message the SMTP sink received.</summary>
public sealed record MailView(string Id, string From, IReadOnlyList<string> To, string Subject, string? TextBody, string? HtmlBody)
{
    public override string ToString() => $"'{Subject}' to {string.Join(',', To)}";
}
