namespace Ecommerce.Operations.Subscriptions;

/// <summary>The request body of a dead-letter delivery as it came off the wire, before UseCloudEvents unwrapped it.</summary>
public sealed record CapturedEnvelope(byte[] Body);
