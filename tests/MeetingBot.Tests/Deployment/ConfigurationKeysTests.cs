using System.Reflection;
using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Storage;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// Every setting the deployment artefacts give the service (Kubernetes ConfigMap and Secret, the Azure web app's
/// app settings, the Dockerfile's environment) is a key the service reads: a flat <c>MicrosoftApp*</c> key or a
/// property of the options class bound to its section. A typo there would be silently ignored at run time.
/// </summary>
public sealed partial class ConfigurationKeysTests
{
    private static readonly Assembly[] ServiceAssemblies =
        [typeof(Program).Assembly, typeof(ConnectorOptions).Assembly, typeof(StorageOptions).Assembly,
            typeof(global::MeetingBot.WebChannel.DirectLine.DirectLineOptions).Assembly, typeof(global::MeetingBot.Delivery.FanOutOptions).Assembly,
            typeof(global::MeetingBot.WeCom.WeComOptions).Assembly, typeof(global::MeetingBot.DingTalk.DingTalkOptions).Assembly];

    public static TheoryData<string, string> DeploymentSettings()
    {
        var data = new TheoryData<string, string>();
        var kubernetes = RepositoryFiles.PathOf("manifests", "kubernetes");
        foreach (var key in YamlMap(Path.Combine(kubernetes, "configmap.yaml"), "data").Keys.Concat(YamlMap(Path.Combine(kubernetes, "secret.yaml"), "stringData").Keys))
        {
            data.Add("kubernetes", key);
        }

        foreach (Match setting in AppSettingName().Matches(File.ReadAllText(RepositoryFiles.PathOf("manifests", "azure", "main.bicep"))))
        {
            data.Add("azure", setting.Groups[1].Value);
        }

        foreach (var key in YamlMap(RepositoryFiles.PathOf("manifests", "intranet", "compose.yaml"), "x-meetingbot", "environment").Keys)
        {
            data.Add("intranet", key);
        }

        foreach (Match variable in DockerEnv().Matches(File.ReadAllText(RepositoryFiles.PathOf("Dockerfile"))))
        {
            data.Add("docker", variable.Groups[1].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeploymentSettings))]
    public void DeploymentSetting_IsAKeyTheServiceReads(string artefact, string environmentVariable)
    {
        var key = environmentVariable.Replace("__", ":", StringComparison.Ordinal);

        Assert.True(
            IsPlatformSetting(key) || IsAuthenticationKey(key) || IsOptionsProperty(key),
            $"{artefact} sets {environmentVariable}, which no options class reads ({key})");
    }

    [Fact]
    public void EveryArtefact_ChoosesAzureBlobStorage_ByAProviderNameTheServiceKnows()
    {
        var configMap = YamlMap(RepositoryFiles.PathOf("manifests", "kubernetes", "configmap.yaml"), "data");
        var bicep = File.ReadAllText(RepositoryFiles.PathOf("manifests", "azure", "main.bicep"));

        Assert.Equal(StorageProviders.AzureBlob, configMap["Storage__Provider"]);
        Assert.Contains(configMap["Storage__Provider"], StorageProviders.All);
        Assert.Contains($"name: 'Storage__Provider'\n          value: '{StorageProviders.AzureBlob}'", bicep.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("Postgres", configMap["Reminders__JobStore"]);
    }

    [Fact]
    public void IntranetDeployment_KeepsStateDocumentsAndRemindersInPostgres()
    {
        var environment = YamlMap(RepositoryFiles.PathOf("manifests", "intranet", "compose.yaml"), "x-meetingbot", "environment");

        Assert.Equal(StorageProviders.Postgres, environment["Storage__Provider"]);
        Assert.Equal("Postgres", environment["Reminders__JobStore"]);
        Assert.False(environment.ContainsKey("Documents__Provider"), "documents follow Storage:Provider into PostgreSQL");
    }

    [Fact]
    public void AzureWebApp_SetsThePublicAddressKeys_AndAllowsTheDirectLineWebSocket()
    {
        var bicep = File.ReadAllText(RepositoryFiles.PathOf("manifests", "azure", "main.bicep")).ReplaceLineEndings("\n");

        Assert.Contains("name: 'DirectLine__PublicUrl'\n          value: publicUrl", bicep, StringComparison.Ordinal);
        Assert.Contains("name: 'Documents__Links__PublicBaseUrl'\n          value: publicUrl", bicep, StringComparison.Ordinal);
        Assert.Contains("var publicUrl = 'https://${webName}.azurewebsites.net'", bicep, StringComparison.Ordinal);
        Assert.Contains("webSocketsEnabled: true", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void TheKeyCheck_RefusesAMisspelledKey()
    {
        Assert.False(IsOptionsProperty("Storage:AzureBlob:ConectionString"));
        Assert.False(IsOptionsProperty("Telemetry:OtlpEndPoint:Extra"));
        Assert.True(IsOptionsProperty("Storage:AzureBlob:ConnectionString"));
        Assert.True(IsOptionsProperty("Telemetry:OtlpEndpoint"));
    }

    private static bool IsPlatformSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("DOTNET_", StringComparison.Ordinal);

    private static bool IsAuthenticationKey(string key) =>
        !key.Contains(':', StringComparison.Ordinal) && typeof(BotFrameworkAuthenticationOptions).GetProperty(key, BindingFlags.Public | BindingFlags.Instance)?.CanWrite == true;

    /// <summary>Section:Property[:Property…], the section being an options class's <c>SectionName</c>.</summary>
    private static bool IsOptionsProperty(string key)
    {
        var parts = key.Split(':');
        foreach (var options in ServiceAssemblies.SelectMany(a => a.GetTypes()))
        {
            if (options.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is not string section)
            {
                continue;
            }

            var sectionParts = section.Split(':');
            if (parts.Length <= sectionParts.Length || !parts.Take(sectionParts.Length).SequenceEqual(sectionParts, StringComparer.Ordinal))
            {
                continue;
            }

            var type = options;
            var found = true;
            foreach (var name in parts.Skip(sectionParts.Length))
            {
                var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                if (property is null)
                {
                    found = false;
                    break;
                }

                type = property.PropertyType;
            }

            if (found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The string map under a field of a one-document YAML file (a ConfigMap's data; a compose service's environment).</summary>
    private static Dictionary<string, string> YamlMap(string file, params string[] fields)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        var map = fields.Aggregate((YamlMappingNode)stream.Documents.Single().RootNode, (node, field) => (YamlMappingNode)node.Children[new YamlScalarNode(field)]);
        return map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty);
    }

    // The app settings of main.bicep: name: 'Section__Key' or a flat MicrosoftApp* name.
    [GeneratedRegex(@"name: '((?:MicrosoftApp\w+)|(?:\w+__\w+(?:__\w+)*))'")]
    private static partial Regex AppSettingName();

    // ENV NAME=value, also the continuation lines of one ENV instruction.
    [GeneratedRegex(@"^(?:ENV\s+|\s+)([A-Z][A-Z0-9_]+)=", RegexOptions.Multiline)]
    private static partial Regex DockerEnv();
}
