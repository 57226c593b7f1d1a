using MeetingBot.BotFramework.Cards;

namespace MeetingBot.BotFramework.Tests.Cards;

/// <summary>Input elements are written as the Adaptive Card schema names them, so clients render and post them.</summary>
public sealed class AdaptiveCardInputTests
{
    [Fact]
    public void InputText_Multiline_WithValue_IsWrittenAsInputText()
    {
        var json = new AdaptiveCard("fallback").InputText("answer", "Your answer", multiline: true, placeholder: "1. …", value: "draft").ToJson();

        var input = json["body"]![0]!;
        Assert.Equal("Input.Text", input["type"]!.GetValue<string>());
        Assert.Equal("answer", input["id"]!.GetValue<string>());
        Assert.True(input["isMultiline"]!.GetValue<bool>());
        Assert.Equal("draft", input["value"]!.GetValue<string>());
        Assert.Equal("1. …", input["placeholder"]!.GetValue<string>());
    }

    [Fact]
    public void ChoiceSet_ListsItsChoices_AndSubmitCarriesItsData()
    {
        var json = new AdaptiveCard("fallback")
            .ChoiceSet("pick", "Pick one", [("One", "1"), ("Two", "2")], expanded: true)
            .Submit("OK", new { command = "go" })
            .ToJson();

        var set = json["body"]![0]!;
        Assert.Equal("Input.ChoiceSet", set["type"]!.GetValue<string>());
        Assert.Equal("expanded", set["style"]!.GetValue<string>());
        Assert.Equal(["1", "2"], set["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal("go", json["actions"]![0]!["data"]!["command"]!.GetValue<string>());
    }
}
