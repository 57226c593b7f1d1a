namespace MeetingBot.Demo;

/// <summary>
/// The simulated people of the demo: the organising office (secretary), the lead, three members, one member's
/// department head and a supervisor. A smaller team than the seed's, so every step stays readable on one screen.
/// </summary>
public sealed class DemoTeam
{
    public const string Office = "办公室";
    public const string Lead = "王书记";
    public const string Head = "孙处长";
    public const string Supervisor = "督导组";
    public const string TeamConversation = "demo-team";

    /// <summary>The unit everyone of the demo belongs to, as the directory lists it.</summary>
    public const string Unit = "示范镇党委";
    public static readonly IReadOnlyList<string> Members = ["张伟", "李敏", "刘洋"];

    /// <summary>Everyone who speaks at the meeting: the lead first, then the members.</summary>
    public static IReadOnlyList<string> Speakers { get; } = [Lead, .. Members];

    public static IReadOnlyList<string> Everyone { get; } = [Office, Lead, .. Members, Head, Supervisor];

    public static string Id(string name) => "demo-" + Everyone.ToList().IndexOf(name).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string PersonalConversation(string name) => "personal-" + Id(name);

    /// <summary>Who a conversation belongs to, for the transcript: a person's 1:1 chat, or the team.</summary>
    public static string Where(string conversationId) =>
        Everyone.FirstOrDefault(n => PersonalConversation(n) == conversationId) is { } name ? name : DemoTexts.Team;
}
