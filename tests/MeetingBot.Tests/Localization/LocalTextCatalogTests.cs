using System.Reflection;
using System.Text.RegularExpressions;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Localization;

/// <summary>Every user-facing text exists in both languages with the same placeholders.</summary>
public sealed partial class LocalTextCatalogTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllTexts())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void TheCatalog_IsNotEmpty()
    {
        Assert.True(AllTexts().Count() > 10);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_HasBothLanguages_WithTheSamePlaceholders(string name)
    {
        var text = AllTexts().Single(t => t.Name == name).Text;

        Assert.False(string.IsNullOrWhiteSpace(text.ZhCn), $"{name} has no Chinese text");
        Assert.False(string.IsNullOrWhiteSpace(text.En), $"{name} has no English text");
        Assert.Equal(Placeholders(text.ZhCn), Placeholders(text.En));
    }

    private static IEnumerable<(string Name, LocalText Text)> AllTexts() =>
        typeof(LocalText).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(LocalText))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (LocalText)f.GetValue(null)!));

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
