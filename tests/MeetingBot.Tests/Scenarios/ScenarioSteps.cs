using MeetingBot.Tests.Chat.Meetings.Setup;

namespace MeetingBot.Tests.Scenarios;

/// <summary>Steps the whole-preparation scenarios share: one submission through its 1:1 flow, in either language.</summary>
internal static class ScenarioSteps
{
    /// <summary>
    /// Sends <paramref name="command"/> and its answers in <paramref name="person"/>'s 1:1 chat, then
    /// <paramref name="submitWord"/>, and checks the reply starts with <paramref name="handedIn"/>.
    /// </summary>
    public static async Task SubmitAsync(SetupChat chat, string person, string locale, string submitWord, string handedIn, string command, params string[] answers)
    {
        await chat.PrivatelyAsync(person, command, locale);
        foreach (var answer in answers)
        {
            await chat.PrivatelyAsync(person, answer, locale);
        }

        var submitted = SetupChat.Texts(await chat.PrivatelyAsync(person, submitWord, locale));
        Assert.True(submitted[0].StartsWith(handedIn, StringComparison.Ordinal), $"{person} {command}: {string.Join(" | ", submitted)}");
    }
}
