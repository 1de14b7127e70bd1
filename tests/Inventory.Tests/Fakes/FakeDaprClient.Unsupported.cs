using Dapr.Client;

namespace Ecommerce.Tests.Fakes;

/// <summary>The parts of DaprClient no service under test calls: they fail loudly instead of pretending.</summary>
public sealed partial class FakeDaprClient
{
    private static NotSupportedException NotFaked() => new("The fake Dapr client does not serve this call.");

    public override Task<BulkPublishResponse<TValue>> BulkPublishEventAsync<TValue>(string pubsubName, string topicName, IReadOnlyList<TValue> events, Dictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task PublishByteEventAsync(string pubsubName, string topicName, ReadOnlyMemory<byte> data, string dataContentType = "application/json", Dictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task PublishEventAsync(string pubsubName, string topicName, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task PublishEventAsync(string pubsubName, string topicName, Dictionary<string, string> metadata, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<bool> CheckHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(!Unavailable);
    public override Task<bool> CheckOutboundHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(!Unavailable);
    public override Task WaitForSidecarAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    public override Task ShutdownSidecarAsync(CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<DaprMetadata> GetMetadataAsync(CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task SetMetadataAsync(string attributeName, string attributeValue, CancellationToken cancellationToken = default) => throw NotFaked();
    public override HttpClient CreateInvokableHttpClient(string? appId = null) => throw NotFaked();
    public override HttpRequestMessage CreateInvokeMethodRequest(HttpMethod httpMethod, string appId, string methodName) => throw NotFaked();
    public override HttpRequestMessage CreateInvokeMethodRequest(HttpMethod httpMethod, string appId, string methodName, IReadOnlyCollection<KeyValuePair<string, string>> queryStringParameters) => throw NotFaked();
    public override HttpRequestMessage CreateInvokeMethodRequest<TRequest>(HttpMethod httpMethod, string appId, string methodName, IReadOnlyCollection<KeyValuePair<string, string>> queryStringParameters, TRequest data) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task InvokeMethodAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task<TResponse> InvokeMethodAsync<TResponse>(HttpRequestMessage request, CancellationToken cancellationToken = default) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task<HttpResponseMessage> InvokeMethodWithResponseAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task InvokeMethodGrpcAsync(string appId, string methodName, CancellationToken cancellationToken = default) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task InvokeMethodGrpcAsync<TRequest>(string appId, string methodName, TRequest data, CancellationToken cancellationToken = default) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task<TResponse> InvokeMethodGrpcAsync<TResponse>(string appId, string methodName, CancellationToken cancellationToken = default) => throw NotFaked();
    [Obsolete("Not served by the fake; obsolete in Dapr.Client.")]
    public override Task<TResponse> InvokeMethodGrpcAsync<TRequest, TResponse>(string appId, string methodName, TRequest data, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task InvokeBindingAsync<TRequest>(string bindingName, string operation, TRequest data, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<TResponse> InvokeBindingAsync<TRequest, TResponse>(string bindingName, string operation, TRequest data, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<BindingResponse> InvokeBindingAsync(BindingRequest request, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<IReadOnlyList<BulkStateItem>> GetBulkStateAsync(string storeName, IReadOnlyList<string> keys, int? parallelism, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task SaveBulkStateAsync<TValue>(string storeName, IReadOnlyList<SaveStateItem<TValue>> items, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task DeleteBulkStateAsync(string storeName, IReadOnlyList<BulkDeleteStateItem> items, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<bool> TryDeleteStateAsync(string storeName, string key, string etag, StateOptions? stateOptions = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task ExecuteStateTransactionAsync(string storeName, IReadOnlyList<StateTransactionRequest> operations, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<StateQueryResponse<TValue>> QueryStateAsync<TValue>(string storeName, string jsonQuery, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<ReadOnlyMemory<byte>> GetByteStateAsync(string storeName, string key, ConsistencyMode? consistencyMode = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<(ReadOnlyMemory<byte>, string etag)> GetByteStateAndETagAsync(string storeName, string key, ConsistencyMode? consistencyMode = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task SaveByteStateAsync(string storeName, string key, ReadOnlyMemory<byte> binaryValue, StateOptions? stateOptions = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<bool> TrySaveByteStateAsync(string storeName, string key, ReadOnlyMemory<byte> binaryValue, string etag, StateOptions? stateOptions = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<Dictionary<string, string>> GetSecretAsync(string storeName, string key, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<Dictionary<string, Dictionary<string, string>>> GetBulkSecretAsync(string storeName, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<GetConfigurationResponse> GetConfiguration(string storeName, IReadOnlyList<string> keys, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<SubscribeConfigurationResponse> SubscribeConfiguration(string storeName, IReadOnlyList<string> keys, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<UnsubscribeConfigurationResponse> UnsubscribeConfiguration(string storeName, string id, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<ReadOnlyMemory<byte>> EncryptAsync(string vaultResourceName, ReadOnlyMemory<byte> plaintextBytes, string keyName, EncryptionOptions encryptionOptions, CancellationToken cancellationToken = default) => throw NotFaked();
    public override IAsyncEnumerable<ReadOnlyMemory<byte>> EncryptAsync(string vaultResourceName, Stream plaintextStream, string keyName, EncryptionOptions encryptionOptions, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<ReadOnlyMemory<byte>> DecryptAsync(string vaultResourceName, ReadOnlyMemory<byte> ciphertextBytes, string keyName, DecryptionOptions options, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<ReadOnlyMemory<byte>> DecryptAsync(string vaultResourceName, ReadOnlyMemory<byte> ciphertextBytes, string keyName, CancellationToken cancellationToken = default) => throw NotFaked();
    public override IAsyncEnumerable<ReadOnlyMemory<byte>> DecryptAsync(string vaultResourceName, Stream ciphertextStream, string keyName, DecryptionOptions options, CancellationToken cancellationToken = default) => throw NotFaked();
    public override IAsyncEnumerable<ReadOnlyMemory<byte>> DecryptAsync(string vaultResourceName, Stream ciphertextStream, string keyName, CancellationToken cancellationToken = default) => throw NotFaked();
#pragma warning disable DAPR_DISTRIBUTEDLOCK // overriding the abstract members, not using them
    public override Task<TryLockResponse> Lock(string storeName, string resourceId, string lockOwner, int expiryInSeconds, CancellationToken cancellationToken = default) => throw NotFaked();
    public override Task<UnlockResponse> Unlock(string storeName, string resourceId, string lockOwner, CancellationToken cancellationToken = default) => throw NotFaked();
#pragma warning restore DAPR_DISTRIBUTEDLOCK
}
