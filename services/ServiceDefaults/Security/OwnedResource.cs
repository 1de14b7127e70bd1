namespace Ecommerce.ServiceDefaults.Security;

/// <summary>Something a customer owns (an order), named by the owner's email, for <see cref="Policies.OrderOwner"/>.</summary>
public sealed record OwnedResource(string OwnerEmail);
