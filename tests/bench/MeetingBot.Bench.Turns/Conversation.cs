namespace MeetingBot.Bench.Turns;

public sealed record Conversation(string Id, bool IsGroup)
{
    public static Conversation PersonalWith(Person person) => new("personal-" + person.Id, false);
}
