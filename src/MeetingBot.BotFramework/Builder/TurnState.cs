namespace MeetingBot.BotFramework.Builder;

/// <summary>Typed turn-scoped values: one per type, so no string keys to collide.</summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    public T? Get<T>() where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;

    public void Set<T>(T value) where T : class => _values[typeof(T)] = value;

    public bool Remove<T>() where T : class => _values.Remove(typeof(T));
}
