using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>The choice list of 切换会议: the open meetings by date, numbered; the answer is remembered.</summary>
public sealed class SwitchMeetingDialog : ComponentDialog
{
    public const string DialogId = "meeting.switch";

    private const string PromptId = "meeting.switch.choice";

    private readonly MeetingResolver _resolver;

    public SwitchMeetingDialog(MeetingResolver resolver)
        : base(DialogId)
    {
        _resolver = resolver;
        AddDialog(new WaterfallDialog("meeting.switch.flow", [AskAsync, SaveAsync]));
        AddDialog(new ChoicePrompt(PromptId));
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(step.Context.Activity.Locale);
        var meetings = await _resolver.ChoicesAsync(step.Context, cancellationToken);
        var options = PromptOptions.Say(SwitchTexts.Ask.In(locale), SwitchTexts.Retry.In(locale));
        options.Choices = [.. meetings.Select(m => new Choice(m.Id, SwitchTexts.Choice.In(locale, m.Theme, MeetingResolver.MeetingDate(m))))];
        return await step.PromptAsync(PromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(step.Context.Activity.Locale);
        var meetings = await _resolver.ChoicesAsync(step.Context, cancellationToken);
        if (step.Result is string id && meetings.FirstOrDefault(m => m.Id == id) is { } meeting)
        {
            await _resolver.ChooseAsync(step.Context, meeting.Id, cancellationToken);
            await step.Context.SendActivityAsync(SwitchTexts.Switched.In(locale, MarkdownEscape.Text(meeting.Theme), MeetingResolver.MeetingDate(meeting)), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
