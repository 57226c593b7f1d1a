namespace MeetingBot.Demo;

/// <summary>Lets a scene check a reply as it sends the message: <c>await chat.PrivatelyAsync(...).Expect("...")</c>.</summary>
public static class DemoReplyChecks
{
    public static async Task<DemoReply> Expect(this Task<DemoReply> reply, string expected) => (await reply).Expect(expected);
}
