namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>Handles one message to a final outcome; the message is consumed once the returned task completes.</summary>
public delegate Task MessageHandler(IncomingMessage message, CancellationToken cancellationToken);
