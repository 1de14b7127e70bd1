namespace Ecommerce.SmtpSink.Apis;

public sealed record FaultState(bool RejectMail);
