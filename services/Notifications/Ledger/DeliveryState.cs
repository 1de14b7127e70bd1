using System.Text.Json.Serialization;

namespace Ecommerce.Notifications.Ledger;

/// <summary>Where an (order, template) email stands in the delivery ledger.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryState>))]
public enum DeliveryState
{
    /// <summary>Claimed by a handler that is sending it now (or crashed while sending: see the claim lease).</summary>
    Sending,

    /// <summary>The SMTP server accepted it. Never sent again.</summary>
    Sent,
}
