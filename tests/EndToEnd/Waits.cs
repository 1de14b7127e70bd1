namespace Ecommerce.EndToEnd;

/// <summary>
/// Upper bounds for asynchronous outcomes. Generous for a loaded 2-core machine; a passing test returns as soon as
/// the outcome is seen, so the bounds only cost time when something is broken.
/// </summary>
public static class Waits
{
    /// <summary>One hop through the flow: an event consumed, a workflow step, a mail sent.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
}
