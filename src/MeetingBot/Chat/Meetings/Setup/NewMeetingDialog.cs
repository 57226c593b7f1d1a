using System.Text.Json;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Events;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 新建会议 / new meeting: template, theme, start, place, time zone, lead, members, department heads, supervisors;
/// then the plan (every deadline) for confirmation, and on yes the meeting is created, indexed and announced.
/// Each answer is kept in the dialog's own state, so the flow survives restarts between turns. Nothing typed is
/// thrown away: a wrong answer is asked again with the reason and an example (the prompts never give up), "back"
/// goes back one question, and when the domain refuses the whole (a department head's overseer is not a member)
/// the person is sent back to the question that caused it, the reason named, every other answer kept.
/// </summary>
public sealed class NewMeetingDialog : ComponentDialog
{
    public const string DialogId = "meeting.new";

    private const string TemplatePrompt = "meeting.new.template";
    private const string TextPrompt = "meeting.new.text";
    private const string WhenPrompt = "meeting.new.when";
    private const string ZonePrompt = "meeting.new.zone";
    private const string LeadPrompt = "meeting.new.lead";
    private const string MembersPrompt = "meeting.new.members";
    private const string OptionalPeoplePrompt = "meeting.new.optional-people";
    private const string HeadsPrompt = "meeting.new.heads";
    private const string ConfirmPrompt = "meeting.new.confirm";

    private readonly TemplateLibrary _templates;
    private readonly TimeProvider _time;
    private readonly MeetingRepository _repository;
    private readonly MeetingEvents _events;
    private readonly MeetingAnnouncer _announcer;
    private readonly Organisers _organisers;
    private readonly PeopleDirectoryStore _people;

    public NewMeetingDialog(
        TemplateLibrary templates,
        TimeProvider time,
        MeetingRepository repository,
        MeetingAnnouncer announcer,
        ConversationRoster roster,
        MeetingEvents events,
        Organisers organisers,
        PeopleDirectoryStore people)
        : base(DialogId)
    {
        _organisers = organisers;
        _people = people;
        _templates = templates;
        _time = time;
        _repository = repository;
        _events = events;
        _announcer = announcer;
        AddDialog(new WaterfallDialog("meeting.new.flow",
        [
            AskTemplateAsync, AskThemeAsync, AskWhenAsync, AskPlaceAsync, AskZoneAsync, AskLeadAsync, AskMembersAsync,
            AskDepartmentHeadsAsync, AskSupervisorsAsync, ConfirmAsync, CreateAsync,
        ], version: "meeting.new.flow/2"));
        AddDialog(new ChoicePrompt(TemplatePrompt));
        AddDialog(new TextPrompt(TextPrompt));
        AddDialog(new DateTimePrompt(WhenPrompt, time, NewMeetingAnswers.RequireTimeAsync));
        AddDialog(new TextPrompt(ZonePrompt, NewMeetingAnswers.KnownZoneAsync));
        AddDialog(new PeoplePrompt(LeadPrompt, PeopleAnswerKind.One, roster, people));
        AddDialog(new PeoplePrompt(MembersPrompt, PeopleAnswerKind.ManyOrEveryone, roster, people));
        AddDialog(new PeoplePrompt(OptionalPeoplePrompt, PeopleAnswerKind.ManyOrNone, roster, people));
        AddDialog(new PeoplePrompt(HeadsPrompt, PeopleAnswerKind.Pairs, roster, people, NewMeetingAnswers.InPairsAsync));
        AddDialog(new BotFramework.Dialogs.Prompts.ConfirmPrompt(ConfirmPrompt));
    }

    private static UserLocale Locale(WaterfallStepContext step) => UserLocales.From(step.Context.Activity.Locale);

    private static T? Answer<T>(WaterfallStepContext step) => step.ResultAsJson() is { } json ? json.Deserialize<T>(BotJson.Options) : default;

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string prompt, LocalText ask, LocalText? retry, CancellationToken cancellationToken, params object[] args)
    {
        var locale = Locale(step);
        var options = Patient(PromptOptions.Say(ask.In(locale, args), retry?.In(locale, args)));
        // Answered privately for a group: the people questions offer the group's members.
        options.RosterConversationId = Group(step)?.GroupConversationId;
        return step.PromptAsync(prompt, options, cancellationToken);
    }

    /// <summary>The group a set-up answered in the 1:1 chat is for (null: the set-up is answered where it was asked).</summary>
    private static NewMeetingStart? Group(WaterfallStepContext step) => step.GetValue<NewMeetingStart>("group");

    // Set-up questions ask again for as long as it takes: giving up would throw away every earlier answer.
    private static PromptOptions Patient(PromptOptions options)
    {
        options.MaxAttempts = PromptOptions.Unlimited;
        return options;
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(SetupTexts.GaveUp.In(Locale(step)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskTemplateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options<NewMeetingStart>() is { } start)
        {
            step.SetValue("group", start);
        }

        var locale = Locale(step);
        var options = PromptOptions.Say(SetupTexts.AskTemplate.In(locale), SetupTexts.RetryTemplate.In(locale));
        Patient(options);
        options.Choices = [.. _templates.All.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new Choice(t.Id, MeetingText.In(t.Name, locale), [t.Name.ZhCn, t.Name.En, t.Id]))];
        return step.PromptAsync(TemplatePrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskThemeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<string>(step) is not { } templateId || _templates.Find(templateId) is null)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("template", templateId);
        return await AskAsync(step, TextPrompt, SetupTexts.AskTheme, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWhenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<string>(step) is not { } theme)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("theme", theme);
        var locale = Locale(step);
        var options = PromptOptions.Say(SetupTexts.AskWhen.In(locale), SetupTexts.RetryWhen.In(locale));
        Patient(options);
        options.FutureOnly = true;
        options.TimeZone = Template(step).DefaultTimeZone;
        options.RetryPromptsByReason = new()
        {
            [DateTimePrompt.PastReason] = Activity.CreateMessage(SetupTexts.WhenInThePast.In(locale)),
            [DateTimePrompt.AmbiguousReason] = Activity.CreateMessage(SetupTexts.WhenAmbiguous.In(locale)),
        };
        return await step.PromptAsync(WhenPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPlaceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<DateTimeRecognition>(step) is not { Value: { } when })
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        // The wall-clock time as typed; the zone chosen next says which instant it is.
        step.SetValue("start", DateTime.SpecifyKind(when.DateTime, DateTimeKind.Unspecified));
        return await AskAsync(step, TextPrompt, SetupTexts.AskPlace, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<string>(step) is not { } place)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("place", place);
        return await AskAsync(step, ZonePrompt, SetupTexts.AskZone, SetupTexts.RetryZone, cancellationToken, Template(step).DefaultTimeZone);
    }

    private async Task<DialogTurnResult> AskLeadAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<string>(step) is not { } zone)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("zone", NewMeetingAnswers.ZoneOf(zone, Template(step).DefaultTimeZone));
        return await AskAsync(step, LeadPrompt, SetupTexts.AskLead, SetupTexts.RetryLead, cancellationToken);
    }

    private async Task<DialogTurnResult> AskMembersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<List<Person>>(step) is not [var lead])
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("lead", lead);
        var locale = Locale(step);
        var options = PromptOptions.Say(SetupTexts.AskMembers.In(locale), SetupTexts.RetryMembers.In(locale));
        Patient(options);
        options.RetryPromptsByReason = new() { [PeoplePrompt.RosterUnavailableReason] = Activity.CreateMessage(SetupTexts.RosterUnavailable.In(locale)) };
        options.RosterConversationId = Group(step)?.GroupConversationId;
        return await step.PromptAsync(MembersPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskDepartmentHeadsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<List<Person>>(step) is not { Count: > 0 } members)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("members", members);
        return await AskAsync(step, HeadsPrompt, SetupTexts.AskDepartmentHeads, SetupTexts.RetryDepartmentHeads, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSupervisorsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The prompt's validator has made sure they come in pairs: the member, then the head of the department he oversees.
        if (Answer<List<Person>>(step) is not { } pairs || pairs.Count % 2 != 0)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("pairs", pairs);
        return await AskAsync(step, OptionalPeoplePrompt, SetupTexts.AskSupervisors, SetupTexts.RetryOptionalPeople, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer<List<Person>>(step) is not { } supervisors)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("supervisors", supervisors);
        var locale = Locale(step);
        // A dry run of the same decision: the plan shown is exactly what will be created, or the domain's refusal.
        var preview = NewMeetingAnswers.Command(step, "preview").Decide(Template(step), MeetingTurn.ActorOf(step.Context), _time.GetUtcNow());
        if (!preview.IsSuccess)
        {
            return await BackToTheCauseAsync(step, preview.Failure, ConfirmAsync, cancellationToken);
        }

        // The host chooses the id, once: a replayed confirmation turn then finds its meeting instead of making a second.
        step.SetValue("meetingId", Guid.NewGuid().ToString());
        await step.Context.SendActivityAsync(MeetingText.Plan(preview.Value, Template(step), locale), cancellationToken);
        // Set up closer than the template's lead time: say before creation which deadlines will already be late.
        if (LeadTimeWarning.For(preview.Value, Template(step), _time.GetUtcNow(), locale) is { } warning)
        {
            await step.Context.SendActivityAsync(warning, cancellationToken);
        }

        return await step.PromptAsync(ConfirmPrompt, Patient(PromptOptions.Say(SetupTexts.AskConfirm.In(locale))), cancellationToken);
    }

    private async Task<DialogTurnResult> CreateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = Locale(step);
        if (Answer<bool?>(step) != true)
        {
            await step.Context.SendActivityAsync(SetupTexts.NotCreated.In(locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Asked again at the moment of creation: whoever confirms becomes the secretary, and the role may have
        // been taken away (or someone else may be answering in a group) since the setup began.
        if (await _organisers.RefusalAsync(step.Context, cancellationToken) is { } refusal)
        {
            await step.Context.SendActivityAsync(FailureReply.For(refusal, locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var template = Template(step);
        // The meeting belongs to the organiser's unit: its people and the overseers above it see it.
        var command = NewMeetingAnswers.Command(step, step.GetValue<string>("meetingId")!) with
        {
            Unit = await _organisers.UnitAsync(step.Context, cancellationToken),
        };
        var actor = MeetingTurn.ActorOf(step.Context);
        var decided = command.Decide(template, actor, _time.GetUtcNow());
        if (!decided.IsSuccess)
        {
            // Back to the question, then to the plan again: it changed, so it is shown and confirmed afresh.
            return await BackToTheCauseAsync(step, decided.Failure, ConfirmAsync, cancellationToken);
        }

        // Indexed first: a turn cut off after the meeting is stored must not leave it where no one can find it. A
        // replay, or the secretary confirming again, finds the meeting an earlier run stored (same id, same answers,
        // so the same entries) and keeps it.
        await _announcer.IndexAsync(step.Context, decided.Value, Group(step), cancellationToken);
        var created = await _repository.UpdateAsync<Meeting>(TurnUnitOfWork.Of(step.Context), DocumentId.Meeting(command.MeetingId),
            stored => stored ?? decided, cancellationToken);
        if (!created.IsSuccess)
        {
            return await BackToTheCauseAsync(step, created.Failure, ConfirmAsync, cancellationToken);
        }

        await _events.RaiseAsync(TurnUnitOfWork.Of(step.Context), MeetingChanged.Meeting(created.Value.Id), cancellationToken);
        await _announcer.AnnounceAsync(step.Context, created.Value, template, locale, Group(step), cancellationToken);
        return await step.EndDialogAsync(created.Value.Id, cancellationToken);
    }

    /// <summary>
    /// A refusal of the whole set-up: says why (with names as people know them) and asks again the question whose
    /// answer caused it, every other answer kept; then <paramref name="resumeAt"/> runs again. A refusal no answer
    /// can mend ends the flow, as before.
    /// </summary>
    private async Task<DialogTurnResult> BackToTheCauseAsync(WaterfallStepContext step, Failure failure, WaterfallStep resumeAt, CancellationToken cancellationToken)
    {
        var locale = Locale(step);
        var directory = await _people.GetAsync(cancellationToken);
        var reason = FailureReply.For(ReadableFailure.For(failure, NewMeetingAnswers.Named(step), directory), locale);
        if (CauseOf(failure) is not { } cause)
        {
            await step.Context.SendActivityAsync(reason, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.Context.SendActivityAsync(reason + "\n" + SetupTexts.FixThisAnswer.In(locale), cancellationToken);
        return await step.ReviseAsync(cause, resumeAt, cancellationToken);
    }

    /// <summary>The step asking the question whose answer a refusal of <see cref="CreateMeeting"/> is about.</summary>
    private WaterfallStep? CauseOf(Failure failure) => failure.Code switch
    {
        FailureCodes.ThemeRequired => AskThemeAsync,
        FailureCodes.StartInThePast => AskWhenAsync,
        FailureCodes.PlaceRequired => AskPlaceAsync,
        FailureCodes.UnknownTimeZone => AskZoneAsync,
        FailureCodes.OneLeadRequired => AskLeadAsync,
        FailureCodes.TooFewMembers or FailureCodes.DuplicateParticipant or FailureCodes.NoRoles => AskMembersAsync,
        FailureCodes.NotAMember or FailureCodes.NotADepartmentHead => AskDepartmentHeadsAsync,
        _ => null,
    };

    private ProcessTemplate Template(WaterfallStepContext step) =>
        _templates.Find(step.GetValue<string>("template") ?? string.Empty) ?? throw new InvalidOperationException("The chosen template is gone.");
}
