namespace Ecommerce.SmtpSink;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "SMTP sink listening: SMTP on {SmtpEndPoint}, HTTP on {HttpAddress}")]
    public static partial void Listening(ILogger logger, string smtpEndPoint, string httpAddress);

    [LoggerMessage(2, LogLevel.Information, "Received message {MessageId} from {From} for {RecipientCount} recipient(s): {Subject}")]
    public static partial void Received(ILogger logger, string messageId, string from, int recipientCount, string subject);

    [LoggerMessage(3, LogLevel.Warning, "Rejected a message from {From} because the reject fault is on")]
    public static partial void Rejected(ILogger logger, string from);

    [LoggerMessage(4, LogLevel.Warning, "Reject fault switched {State}")]
    public static partial void RejectFaultSwitched(ILogger logger, string state);

    [LoggerMessage(5, LogLevel.Warning, "Could not parse a message from {From}; stored with an empty body")]
    public static partial void Unparseable(ILogger logger, Exception exception, string from);
}
