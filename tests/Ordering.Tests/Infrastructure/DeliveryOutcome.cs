using System.Net;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>A subscription's answer: the HTTP status and the status in the body (SUCCESS, RETRY, DROP or none).</summary>
public sealed record DeliveryOutcome(HttpStatusCode HttpStatus, string? Status);
