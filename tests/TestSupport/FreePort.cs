using Ecommerce.LocalRun;

namespace Ecommerce.TestSupport;

/// <summary>
/// Free loopback TCP ports for servers the tests start. The one implementation (below the kernel's ephemeral range,
/// never the same port twice in a process) is <see cref="FreePorts"/>, shared with the app host; this name stays so
/// the test projects read <c>FreePort.Next()</c>.
/// </summary>
public static class FreePort
{
    public static int Next() => FreePorts.Next();
}
