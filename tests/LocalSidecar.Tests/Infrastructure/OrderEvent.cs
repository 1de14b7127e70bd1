namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

public sealed record OrderEvent(string OrderId, int Sequence);
