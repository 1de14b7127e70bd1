using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Native;

/// <summary>
/// The subset of librdkafka's mock cluster C API (rdkafka_mock.h) this host uses. Confluent.Kafka does not expose it,
/// so it is bound here to the same native library Confluent.Kafka loaded (see <see cref="LibrdkafkaResolver"/>).
/// </summary>
internal static class RdKafkaMockApi
{
    public const string LibraryName = "librdkafka";

    [DllImport(LibraryName)]
    public static extern IntPtr rd_kafka_mock_cluster_new(IntPtr rk, int brokerCount);

    [DllImport(LibraryName)]
    public static extern void rd_kafka_mock_cluster_destroy(IntPtr cluster);

    [DllImport(LibraryName)]
    public static extern IntPtr rd_kafka_mock_cluster_bootstraps(IntPtr cluster);

    [DllImport(LibraryName)]
    public static extern ErrorCode rd_kafka_mock_topic_create(
        IntPtr cluster, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int partitionCount, int replicationFactor);

    [DllImport(LibraryName)]
    public static extern void rd_kafka_mock_set_controller_id(IntPtr cluster, int brokerId);

    [DllImport(LibraryName)]
    public static extern void rd_kafka_mock_group_initial_rebalance_delay_ms(IntPtr cluster, int delayMs);

    [DllImport(LibraryName)]
    public static extern ErrorCode rd_kafka_mock_broker_set_down(IntPtr cluster, int brokerId);

    [DllImport(LibraryName)]
    public static extern ErrorCode rd_kafka_mock_broker_set_up(IntPtr cluster, int brokerId);

    [DllImport(LibraryName)]
    public static extern ErrorCode rd_kafka_mock_broker_set_rtt(IntPtr cluster, int brokerId, int rttMs);

    [DllImport(LibraryName)]
    public static extern void rd_kafka_mock_broker_set_host_port(
        IntPtr cluster, int brokerId, [MarshalAs(UnmanagedType.LPUTF8Str)] string host, int port);

    [DllImport(LibraryName)]
    public static extern void rd_kafka_mock_push_request_errors_array(
        IntPtr cluster, short apiKey, nuint count, ErrorCode[] errors);

    [DllImport(LibraryName)]
    public static extern void rd_kafka_mock_clear_request_errors(IntPtr cluster, short apiKey);
}
