namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// A dependency did not answer or refused for now (the workflow runtime, a remote service); trying again later may
/// work. A subscription handler that throws it is answered RETRY.
/// </summary>
public class TransientFailureException(string message, Exception innerException) : Exception(message, innerException);
