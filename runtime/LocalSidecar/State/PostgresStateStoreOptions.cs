using System.Text.RegularExpressions;
using Ecommerce.LocalSidecar.Components;

namespace Ecommerce.LocalSidecar.State;

/// <summary>The metadata of a <c>state.postgresql</c> v2 component.</summary>
public sealed partial record PostgresStateStoreOptions(string ConnectionString, string TableName, bool ActorStateStore)
{
    public static PostgresStateStoreOptions From(ComponentDefinition component)
    {
        var prefix = component.Optional("tablePrefix") ?? "";
        var table = prefix + "state";
        if (!Identifier().IsMatch(table))
        {
            throw component.Error($"metadata 'tablePrefix' must be a plain SQL identifier (optionally schema-qualified), got '{prefix}'");
        }

        return new PostgresStateStoreOptions(component.Required("connectionString"), table, component.Flag("actorStateStore"));
    }

    [GeneratedRegex("^([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
