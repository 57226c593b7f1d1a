using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>The dialogs a bot (or a component) can start, and the stack they run on.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _stackAccessor;

    public DialogSet(IStatePropertyAccessor<DialogState>? stackAccessor = null) => _stackAccessor = stackAccessor;

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (_stackAccessor is null)
        {
            throw new InvalidOperationException("This dialog set has no state accessor; components create child contexts themselves.");
        }

        var state = await _stackAccessor.GetOrCreateAsync(turnContext, () => new DialogState(), cancellationToken);
        return CreateContext(turnContext, state, parent: null);
    }

    internal DialogContext CreateContext(ITurnContext turnContext, DialogState state, DialogContext? parent)
    {
        // A stack saved by another deployment whose dialogs are gone or changed cannot be resumed safely.
        var stale = state.Version != DialogState.CurrentVersion
            || state.Stack.Any(i => Find(i.Id) is not { } dialog || dialog.Version != i.Version);
        if (stale && state.Stack.Count > 0)
        {
            state.Stack.Clear();
        }

        state.Version = DialogState.CurrentVersion;
        return new DialogContext(this, turnContext, state, parent) { WasRestarted = stale && parent is null };
    }
}
