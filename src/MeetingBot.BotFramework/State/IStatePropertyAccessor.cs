using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.State;

/// <summary>A typed, named property of one state scope.</summary>
public interface IStatePropertyAccessor<T> where T : class
{
    string Name { get; }

    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>Gets the value, or stores and returns <paramref name="create"/>'s when there is none.</summary>
    Task<T> GetOrCreateAsync(ITurnContext turnContext, Func<T> create, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
