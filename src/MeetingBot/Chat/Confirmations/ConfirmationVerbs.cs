namespace MeetingBot.Chat.Confirmations;

/// <summary>The card verbs of a confirmation and the fields their data carries; stored in sent cards, so they never change.</summary>
public static class ConfirmationVerbs
{
    public const string Confirm = "confirmation.confirm";
    public const string Cancel = "confirmation.cancel";
    public const string IdField = "id";
    public const string ByField = "by";
}
