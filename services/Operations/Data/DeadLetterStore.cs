using Dapper;
using Ecommerce.Operations.Subscriptions;
using Npgsql;

namespace Ecommerce.Operations.Data;

/// <summary>The dead_letters table, through Dapper.</summary>
public sealed class DeadLetterStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        id AS Id, message_id AS MessageId, original_topic AS OriginalTopic, dead_letter_topic AS DeadLetterTopic,
        envelope::text AS Envelope, payload::text AS Payload, error AS Error, attempts AS Attempts,
        received_at AS ReceivedAt, replayed_at AS ReplayedAt, replay_count AS ReplayCount
        """;

    /// <summary>Keeps a dead letter once per CloudEvent id; false when it was kept before (a redelivery).</summary>
    public async Task<bool> AddAsync(DeadLetterMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO dead_letters (id, message_id, original_topic, dead_letter_topic, envelope, payload, error, attempts)
            VALUES (@id, @MessageId, @OriginalTopic, @DeadLetterTopic, @envelope::jsonb, @payload::jsonb, @Error, @Attempts)
            ON CONFLICT (message_id) DO NOTHING
            """,
            new
            {
                id = Guid.CreateVersion7(),
                message.MessageId,
                message.OriginalTopic,
                message.DeadLetterTopic,
                envelope = message.Envelope.GetRawText(),
                payload = message.Payload.GetRawText(),
                message.Error,
                message.Attempts,
            },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <summary>Newest first; <paramref name="topic"/> matches the original or the dead-letter topic.</summary>
    public async Task<(IReadOnlyList<DeadLetterRow> Rows, long Total)> ListAsync(
        string? topic, int page, int pageSize, CancellationToken cancellationToken)
    {
        const string filter = "(@topic::text IS NULL OR original_topic = @topic OR dead_letter_topic = @topic)";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new { topic, limit = pageSize, offset = (page - 1) * pageSize };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM dead_letters WHERE {filter}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<DeadLetterRow>(new CommandDefinition(
            $"SELECT {Columns} FROM dead_letters WHERE {filter} ORDER BY received_at DESC, id DESC LIMIT @limit OFFSET @offset",
            parameters, cancellationToken: cancellationToken));
        return (rows.AsList(), total);
    }

    public async Task<DeadLetterRow?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DeadLetterRow>(new CommandDefinition(
            $"SELECT {Columns} FROM dead_letters WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<DeadLetterRow?> MarkReplayedAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DeadLetterRow>(new CommandDefinition(
            $"UPDATE dead_letters SET replayed_at = now(), replay_count = replay_count + 1 WHERE id = @id RETURNING {Columns}",
            new { id }, cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM dead_letters WHERE id = @id", new { id }, cancellationToken: cancellationToken)) == 1;
    }
}
