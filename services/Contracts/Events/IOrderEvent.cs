namespace Ecommerce.Contracts.Events;

/// <summary>An event about one order: published with the order id as partition key, logged in its scope.</summary>
public interface IOrderEvent
{
    Guid OrderId { get; }
}
