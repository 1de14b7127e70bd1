using System.Reflection;
using Ecommerce.Contracts;

namespace Ecommerce.Deployment.Tests;

/// <summary>The names services/Contracts defines, read by reflection so a new constant is checked without editing tests.</summary>
internal static class ContractNames
{
    public static IReadOnlySet<string> AppIds { get; } = ConstantsOf(typeof(AppIds));

    public static IReadOnlySet<string> Components { get; } = ConstantsOf(typeof(DaprComponents));

    public static IReadOnlyList<string> DeadLetterTopics { get; } = Topics.All.Select(Topics.DeadLetterOf).ToList();

    public static IReadOnlyList<string> AllTopics { get; } = [.. Topics.All, .. DeadLetterTopics];

    private static HashSet<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true, IsInitOnly: false } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
}
