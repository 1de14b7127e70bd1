namespace Ecommerce.Deployment.Tests;

public sealed class YamlFilesTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "components", "deploy", "contracts" }.SelectMany(Repository.YamlFilesUnder))
        {
            data.Add(Repository.Relative(file));
        }

        data.Add("dapr.yaml");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_yaml_file_parses_into_at_least_one_mapping(string file)
    {
        var documents = Yaml.Documents(Repository.PathOf(file));

        Assert.NotEmpty(documents);
    }
}
