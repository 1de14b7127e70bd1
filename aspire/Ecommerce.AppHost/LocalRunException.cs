namespace Ecommerce.AppHost;

/// <summary>
/// A reason the local run cannot start that a person can act on (a busy port and the setting that moves it). Its
/// message is printed as it is, without a stack trace.
/// </summary>
public sealed class LocalRunException(string message) : Exception(message);
