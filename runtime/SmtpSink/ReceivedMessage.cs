namespace Ecommerce.SmtpSink;

/// <summary>A message the sink accepted. <see cref="To"/> holds the envelope recipients (RCPT TO), Bcc included.</summary>
public sealed record ReceivedMessage(
    string Id,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string? TextBody,
    string? HtmlBody,
    DateTimeOffset ReceivedAt);
