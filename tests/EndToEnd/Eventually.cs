namespace Ecommerce.EndToEnd;

/// <summary>
/// Polls until something observable through the APIs holds, with a bounded timeout: the services answer
/// asynchronously (Kafka, workflows, SMTP), so a test waits for the state it expects instead of sleeping.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Returns the first probed value that satisfies <paramref name="done"/>; fails with the last one seen.</summary>
    public static async Task<T> UntilAsync<T>(
        Func<CancellationToken, Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var last = default(T);
        try
        {
            while (true)
            {
                last = await probe(deadline.Token);
                if (done(last))
                {
                    return last;
                }

                await Task.Delay(Interval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; last seen: {Describe(last)}");
        }
    }

    private static string Describe<T>(T? value) => value switch
    {
        null => "nothing",
        System.Collections.ICollection collection => $"{collection.Count} item(s)",
        _ => value.ToString() ?? "nothing",
    };
}
