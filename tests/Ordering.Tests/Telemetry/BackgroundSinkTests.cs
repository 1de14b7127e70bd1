using Ecommerce.ServiceDefaults.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Ecommerce.Ordering.Tests.Telemetry;

public sealed class BackgroundSinkTests
{
    [Fact]
    public void EveryEvent_IsWritten_InOrder_ByDisposal()
    {
        var written = new RecordingSink();
        var sink = new BackgroundSink(written);

        for (var i = 0; i < 1000; i++)
        {
            sink.Emit(Event(i));
        }

        sink.Dispose();
        Assert.Equal(Enumerable.Range(0, 1000), written.Numbers);
    }

    [Fact]
    public async Task AFullBuffer_LosesNothing()
    {
        using var release = new ManualResetEventSlim();
        var written = new RecordingSink(blockUntil: release);
        var sink = new BackgroundSink(written, capacity: 2);

        // The inner sink holds the first event and the buffer two more: the other writes wait for room.
        var emitted = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 10; i++)
            {
                sink.Emit(Event(i));
                Interlocked.Increment(ref emitted);
            }
        });
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref emitted) >= 3, TimeSpan.FromSeconds(10)), "the buffer took no events");
        release.Set();
        await writer.WaitAsync(TimeSpan.FromSeconds(10));

        sink.Dispose();
        Assert.Equal(Enumerable.Range(0, 10), written.Numbers);
    }

    [Fact]
    public void AnEventAfterDisposal_IsDropped_WithoutThrowing()
    {
        var written = new RecordingSink();
        var sink = new BackgroundSink(written, capacity: 1);
        sink.Dispose();

        sink.Emit(Event(1));
        sink.Emit(Event(2));

        Assert.Empty(written.Numbers);
    }

    private static LogEvent Event(int number) => new(
        DateTimeOffset.UtcNow, LogEventLevel.Information, exception: null,
        new MessageTemplateParser().Parse("event {Number}"),
        [new LogEventProperty("Number", new ScalarValue(number))]);

    private sealed class RecordingSink(ManualResetEventSlim? blockUntil = null) : ILogEventSink
    {
        private readonly List<int> _numbers = [];

        public IReadOnlyList<int> Numbers
        {
            get
            {
                lock (_numbers)
                {
                    return [.. _numbers];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            blockUntil?.Wait();
            lock (_numbers)
            {
                _numbers.Add((int)((ScalarValue)logEvent.Properties["Number"]).Value!);
            }
        }
    }
}
