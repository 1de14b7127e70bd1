using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>
/// The subset of daprd's CEL route matching the local sidecar implements: equality tests on CloudEvent
/// attributes (<c>event.type == "x"</c>), optionally joined with <c>&amp;&amp;</c>.
/// </summary>
public sealed partial class EventMatch
{
    private readonly IReadOnlyList<(string Attribute, string Value)> _clauses;

    private EventMatch(IReadOnlyList<(string, string)> clauses) => _clauses = clauses;

    public static bool TryParse(string expression, out EventMatch? match)
    {
        var clauses = new List<(string, string)>();
        foreach (var part in expression.Split("&&"))
        {
            var clause = Clause().Match(part);
            if (!clause.Success)
            {
                match = null;
                return false;
            }

            clauses.Add((clause.Groups["attribute"].Value, clause.Groups["value"].Value));
        }

        match = new EventMatch(clauses);
        return true;
    }

    /// <summary>The expression in daprd's CEL form, as <c>/v1.0/metadata</c> lists it.</summary>
    public override string ToString() => string.Join(" && ", _clauses.Select(c => $"event.{c.Attribute} == \"{c.Value}\""));

    public bool Matches(JsonObject cloudEvent) =>
        _clauses.All(c => cloudEvent[c.Attribute] is JsonValue value && value.TryGetValue<string>(out var text) && text == c.Value);

    [GeneratedRegex("""^\s*event\.(?<attribute>[A-Za-z0-9_]+)\s*==\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')\s*$""")]
    private static partial Regex Clause();
}
