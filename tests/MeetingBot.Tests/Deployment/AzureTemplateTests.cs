using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// manifests/azure: main.bicep compiles and passes Bicep's linter with no finding, the committed ARM JSON is its
/// current compilation, the parameters file binds to it, and it deploys what the bot needs.
/// </summary>
public sealed class AzureTemplateTests
{
    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["MICROSOFT_APP_ID"] = "5e0a7c1d-2b9f-4d83-a6e4-91c3f0b8d27a",
        ["MICROSOFT_APP_PASSWORD"] = "not-a-real-secret",
        ["POSTGRES_ADMIN_PASSWORD"] = "not-a-real-password",
    };

    // One compilation serves the tests that read it: the compiler takes seconds to start.
    private static readonly Lazy<Task<(int ExitCode, string Output, string Errors)>> Build =
        new(() => BicepCli.RunAsync(null, "build", "main.bicep", "--stdout"));

    [Fact]
    public async Task Template_CompilesAndLints_WithoutAFinding()
    {
        var lint = await BicepCli.RunAsync(null, "lint", "main.bicep");
        var build = await Build.Value;

        Assert.True(lint.ExitCode == 0 && lint.Output.Trim().Length == 0 && lint.Errors.Trim().Length == 0, lint.Output + lint.Errors);
        Assert.True(build.ExitCode == 0 && build.Errors.Trim().Length == 0, build.Errors);
    }

    [Fact]
    public async Task CommittedArmJson_IsTheTemplatesCurrentCompilation()
    {
        var build = await Build.Value;

        Assert.Equal(0, build.ExitCode);
        var committed = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("manifests", "azure", "main.json")));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(build.Output), committed),
            "manifests/azure/main.json is stale: run bicep build manifests/azure/main.bicep");
    }

    [Fact]
    public async Task ParametersFile_BindsToTheTemplate_WithSecretsFromTheEnvironmentOnly()
    {
        var built = await BicepCli.RunAsync(Secrets, "build-params", "main.bicepparam", "--stdout");
        var withoutSecrets = await BicepCli.RunAsync(null, "build-params", "main.bicepparam", "--stdout");

        Assert.True(built.ExitCode == 0, built.Errors);
        var parameters = JsonNode.Parse(JsonNode.Parse(built.Output)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal("not-a-real-secret", parameters["botAppPassword"]!["value"]!.GetValue<string>());
        Assert.True(parameters["deployPostgres"]!["value"]!.GetValue<bool>());
        Assert.True(parameters["instanceCount"]!["value"]!.GetValue<int>() >= 2);
        Assert.NotEqual(0, withoutSecrets.ExitCode);
        Assert.Contains("MICROSOFT_APP_PASSWORD", withoutSecrets.Output + withoutSecrets.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_DeploysTheBotForTeams_TheDotNet10WebApp_AndItsStorage()
    {
        var template = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("manifests", "azure", "main.json")))!;
        var resources = template["resources"]!.AsArray().Select(r => r!).ToList();
        JsonNode Of(string type) => Assert.Single(resources, r => r["type"]!.GetValue<string>() == type);

        Assert.Equal("DOTNETCORE|10.0", Of("Microsoft.Web/sites")["properties"]!["siteConfig"]!["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("/readyz", Of("Microsoft.Web/sites")["properties"]!["siteConfig"]!["healthCheckPath"]!.GetValue<string>());
        Assert.Equal("SystemAssigned", Of("Microsoft.Web/sites")["identity"]!["type"]!.GetValue<string>());
        var endpoint = Of("Microsoft.BotService/botServices")["properties"]!["endpoint"]!.GetValue<string>();
        Assert.StartsWith("[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites'", endpoint, StringComparison.Ordinal);
        Assert.Equal("MsTeamsChannel", Of("Microsoft.BotService/botServices/channels")["properties"]!["channelName"]!.GetValue<string>());
        Assert.False(Of("Microsoft.Storage/storageAccounts")["properties"]!["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Equal(2, resources.Count(r => r["type"]!.GetValue<string>() == "Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers", resources.Select(r => r["type"]!.GetValue<string>()));
        Assert.Contains("Microsoft.Authorization/roleAssignments", resources.Select(r => r["type"]!.GetValue<string>()));
    }
}
