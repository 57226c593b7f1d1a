namespace MeetingBot.BotFramework.Dialogs;

/// <summary>The dialog stack as stored between turns; the last entry is the active dialog.</summary>
public sealed class DialogState
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;
    public List<DialogInstance> Stack { get; set; } = [];
}
