using System.Text.Json.Nodes;
using MeetingBot.Chat;
using MeetingBot.Chat.Commands;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// The Teams manifest's command lists (manifests/teams) are what Teams suggests as people type: each one must be
/// a command the running bot understands, in Chinese in the manifest and in English in its localization file,
/// described as help describes it. (Schema validation and packing are checked by tests/deployment in Node.)
/// </summary>
public sealed class TeamsManifestCommandsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private static readonly JsonNode Manifest = Read("manifest.json");

    private IReadOnlyList<ChatCommand> Registered =>
        [.. ChatCommands.BuiltIn, .. factory.Services.GetServices<IChatCommandHandler>().Select(h => h.Command)];

    [Fact]
    public void Manifest_DefaultsToChinese_WithEnglishFromItsLocalizationFile()
    {
        var localization = Manifest["localizationInfo"]!;

        Assert.Equal("zh-CN", localization["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(localization["additionalLanguages"]!.AsArray());
        Assert.Equal("en", english!["languageTag"]!.GetValue<string>());
        Assert.True(File.Exists(RepositoryFiles.PathOf("manifests", "teams", english["file"]!.GetValue<string>())));
    }

    [Fact]
    public void EveryCommandInTheManifest_IsOneTheBotUnderstands_InBothLanguages_DescribedAsHelpDoes()
    {
        var english = Read(Manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]!.GetValue<string>());
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();
        Assert.NotEmpty(lists);

        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]!["commands"]!.AsArray();
            Assert.NotEmpty(commands);
            for (var j = 0; j < commands.Count; j++)
            {
                var title = commands[j]!["title"]!.GetValue<string>();
                var command = Registered.SingleOrDefault(c => c.ZhNames[0] == title);
                Assert.True(command is not null, $"commandLists[{i}].commands[{j}] '{title}' is not a command of the bot; known: {string.Join(", ", Registered.Select(c => c.ZhNames[0]))}");
                Assert.Equal(command.Description.ZhCn, commands[j]!["description"]!.GetValue<string>());

                var key = $"bots[0].commandLists[{i}].commands[{j}]";
                Assert.Equal(command.EnNames[0], english[key + ".title"]?.GetValue<string>());
                Assert.Equal(command.Description.En, english[key + ".description"]?.GetValue<string>());
            }
        }
    }

    [Fact]
    public void LocalizationFile_TranslatesOnlyCommandsTheManifestHas()
    {
        var english = Read("en.json").AsObject();
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();
        var expected = lists.SelectMany((list, i) => list!["commands"]!.AsArray()
            .SelectMany((_, j) => new[] { $"bots[0].commandLists[{i}].commands[{j}].title", $"bots[0].commandLists[{i}].commands[{j}].description" }));

        Assert.Equal(expected.Order(StringComparer.Ordinal), english.Select(p => p.Key).Where(k => k.StartsWith("bots[", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachScopeListsTheCommandsItNeeds_WithoutRepeats()
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray()
            .ToDictionary(l => l!["scopes"]!.AsArray().Single()!.GetValue<string>(), l => l!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList());

        Assert.Equal(["groupChat", "personal", "team"], lists.Keys.Order(StringComparer.Ordinal));
        Assert.All(lists.Values, titles => Assert.Equal(titles.Count, titles.Distinct().Count()));
        // Submissions happen 1:1 (outlines and talk records never in a group); setting up a meeting happens where the team is.
        Assert.Contains("提交", lists["personal"]);
        Assert.DoesNotContain("提交", lists["groupChat"]);
        Assert.Contains("新建会议", lists["team"]);
        Assert.Contains("帮助", lists["personal"]);
    }

    private static JsonNode Read(string file) =>
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("manifests", "teams", file)))!;
}
