using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Tests.Schema;

/// <summary>Activities shaped like real channel traffic, from Schema/Fixtures.</summary>
public static class Fixture
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", name));

    public static Activity Activity(string name) =>
        BotJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(Read(name)))!;
}
