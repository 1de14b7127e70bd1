using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Native;

/// <summary>Reads the native <c>rd_kafka_t*</c> behind a Confluent.Kafka client, which the library keeps internal.</summary>
internal static class ClientHandle
{
    private const string PropertyName = "LibrdkafkaHandle";

    public static IntPtr RdKafkaPointer(IClient client)
    {
        var property = typeof(Handle).GetProperty(PropertyName, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new MissingMemberException(typeof(Handle).FullName, PropertyName);
        var handle = property.GetValue(client.Handle) as SafeHandle
            ?? throw new InvalidOperationException($"{typeof(Handle).FullName}.{PropertyName} is not a SafeHandle.");
        return handle.DangerousGetHandle();
    }
}
