namespace Ecommerce.AppHost;

/// <summary>A fixed port that was busy and was replaced by a free one (only where nobody types the address).</summary>
public sealed record MovedPortAnnotation(string What, int Wanted, int Used) : IResourceAnnotation;
