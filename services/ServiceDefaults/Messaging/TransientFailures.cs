using System.Data.Common;
using Dapr;
using Grpc.Core;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>The failures a redelivery can cure: the database, the sidecar (state, publish) or another runtime away.</summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception) =>
        exception is DbException or DaprException or RpcException or TransientFailureException or TimeoutException;
}
