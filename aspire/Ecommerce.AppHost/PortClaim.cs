namespace Ecommerce.AppHost;

/// <summary>A loopback port the run will listen on, who needs it, and how to move it.</summary>
public sealed record PortClaim(int Port, string Owner, string Move)
{
    public string Describe() =>
        $"Port {Port} is already in use: {Owner} needs it. Stop whatever listens there, or move ours with {Move}.";
}
