namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>Marks dialogs that ask one question: stepping back skips over them to the step that asked.</summary>
public interface IPrompt;
