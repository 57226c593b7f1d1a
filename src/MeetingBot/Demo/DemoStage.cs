using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Demo;

/// <summary>
/// What every scene of the demo works with: the chat, the clock, the running service's stores (read only, to find the
/// meeting and its reminder plan, never to change anything behind the bot's back) and the output folder.
/// </summary>
public sealed class DemoStage(DemoChat chat, DemoClock clock, IServiceProvider services, string outputFolder)
{
    /// <summary>How long a push may take to arrive, in real time, before the step fails.</summary>
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(60);

    public DemoChat Chat => chat;

    public DemoClock Clock => clock;

    public string OutputFolder => outputFolder;

    /// <summary>"Today" in the meeting's zone, as the bot reads it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(chat.Transcript.LocalNow);

    public async Task<MeetingDossier> DossierAsync()
    {
        var ids = await services.GetRequiredService<MeetingDirectory>().ForConversationAsync(Channels.Emulator, DemoTeam.TeamConversation, CancellationToken.None);
        return (ids.Count == 0 ? null : await services.GetRequiredService<MeetingRepository>().GetDossierAsync(unitOfWork: null, ids[^1], CancellationToken.None))
            ?? throw new DemoStepFailedException("班子群里还没有会议。");
    }

    public async Task<ProcessTemplate> TemplateAsync() =>
        services.GetRequiredService<TemplateLibrary>().Find((await DossierAsync()).Meeting.TemplateId)!;

    /// <summary>Moves the clock to <paramref name="instant"/> and says so.</summary>
    public void JumpTo(DateTimeOffset instant)
    {
        clock.JumpTo(instant);
        chat.Transcript.Line(DemoTexts.Jump(chat.Transcript.LocalNow));
    }

    /// <summary>
    /// The next planned reminder <paramref name="which"/> picks, with the clock moved to two minutes before it, then
    /// waits until the scheduler has pushed it into <paramref name="recipient"/>'s chat.
    /// </summary>
    public async Task AwaitReminderAsync(Func<PlannedReminder, bool> which, string recipient, string expected)
    {
        var dossier = await DossierAsync();
        var now = clock.GetUtcNow();
        var reminder = ReminderPlan.For(dossier, await TemplateAsync()).FirstOrDefault(r => r.FireAt > now.AddMinutes(5) && which(r))
            ?? throw new DemoStepFailedException("计划中没有可等待的提醒。");
        var conversation = DemoTeam.PersonalConversation(recipient);
        var before = chat.Channel.SentTo(conversation).Count;
        JumpTo(reminder.FireAt.AddMinutes(-2));
        chat.Transcript.Line(DemoTexts.Waiting(reminder.Key));
        if (!await DemoChannel.WaitUntilAsync(() => chat.Channel.SentTo(conversation).Skip(before).Any(a => a.Text?.Contains(expected, StringComparison.Ordinal) == true), PushTimeout))
        {
            throw new DemoStepFailedException($"提醒 {reminder.Key} 没有推送给{recipient}。");
        }
    }

    /// <summary>Saves the files the bot attached to a reply into the output folder, under the names the bot gave.</summary>
    public async Task<IReadOnlyList<string>> SaveFilesAsync(DemoReply reply, params string[] extensions)
    {
        var saved = new List<string>();
        foreach (var file in reply.Files.Where(f => extensions.Any(e => f.Name?.EndsWith(e, StringComparison.OrdinalIgnoreCase) == true)))
        {
            var path = Path.Combine(outputFolder, Path.GetFileName(file.Name!));
            await File.WriteAllBytesAsync(path, await chat.DownloadAsync(file, CancellationToken.None));
            chat.Transcript.Line(DemoTexts.Written(path));
            saved.Add(path);
        }

        return saved.Count == extensions.Length ? saved : throw new DemoStepFailedException($"答复中缺少文件（{string.Join('、', extensions)}）。");
    }
}
