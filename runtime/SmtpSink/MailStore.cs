namespace Ecommerce.SmtpSink;

/// <summary>
/// The messages the sink received, newest first, in memory. Bounded so a long local run cannot exhaust memory:
/// past <see cref="Capacity"/> the oldest message is dropped.
/// </summary>
public sealed class MailStore
{
    public const int Capacity = 10_000;

    private readonly LinkedList<ReceivedMessage> _messages = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    public void Add(ReceivedMessage message)
    {
        lock (_gate)
        {
            _messages.AddFirst(message);
            if (_messages.Count > Capacity)
            {
                _messages.RemoveLast();
            }
        }
    }

    /// <summary>Newest first; when <paramref name="recipient"/> is given, only messages sent to it (case-insensitive).</summary>
    public IReadOnlyList<ReceivedMessage> List(string? recipient = null)
    {
        lock (_gate)
        {
            return string.IsNullOrWhiteSpace(recipient)
                ? [.. _messages]
                : [.. _messages.Where(m => m.To.Contains(recipient.Trim(), StringComparer.OrdinalIgnoreCase))];
        }
    }

    public ReceivedMessage? Find(string id)
    {
        lock (_gate)
        {
            return _messages.FirstOrDefault(m => m.Id == id);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _messages.Clear();
        }
    }
}
