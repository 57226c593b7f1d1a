using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T> where T : class
{
    public string Name { get; } = name;

    public Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        state.GetAsync<T>(turnContext, Name, cancellationToken);

    public async Task<T> GetOrCreateAsync(ITurnContext turnContext, Func<T> create, CancellationToken cancellationToken = default)
    {
        var value = await state.GetAsync<T>(turnContext, Name, cancellationToken);
        if (value is null)
        {
            value = create();
            await state.SetAsync(turnContext, Name, value, cancellationToken);
        }

        return value;
    }

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        state.SetAsync(turnContext, Name, value, cancellationToken);

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        state.DeleteAsync(turnContext, Name, cancellationToken);
}
