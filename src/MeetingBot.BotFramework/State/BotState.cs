using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// One scope of bot state (conversation, user, user-in-conversation): a JSON document of named, typed properties.
/// It is read once per turn on first use and written once at the end of the turn, only if it changed, with the
/// ETag it was read with — so two turns racing on the same scope cannot silently overwrite each other.
/// </summary>
public abstract class BotState(IStorage storage, string scopeName)
{
    public string ScopeName { get; } = scopeName;

    /// <summary>The storage key of this scope for the turn's activity, or null when the activity lacks the ids.</summary>
    protected abstract string? KeyFor(Activity activity);

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) where T : class => new StatePropertyAccessor<T>(this, name);

    public async Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<CachedScopes>()?.Find(this) is not null)
        {
            return;
        }

        var key = KeyFor(turnContext.Activity) ?? throw new InvalidOperationException($"The activity has no ids for {ScopeName} state.");
        var document = await storage.ReadAsync(key, cancellationToken);
        var json = document?.Json ?? "{}";
        var cached = new CachedScope(this, key, document?.ETag, json, JsonNode.Parse(json) as JsonObject ?? []);
        Scopes(turnContext).Add(cached);
    }

    /// <summary>Writes the scope if anything changed this turn. Throws <see cref="StorageConflictException"/> if another turn saved first.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (ChangeToSave(turnContext) is not { } change)
        {
            return;
        }

        // On its own the storage chooses the ETag; the change is saved as written under that one.
        var etag = await storage.WriteAsync(change.Key, change.Json!, change.Condition, cancellationToken);
        Saved(turnContext, change with { NewETag = etag });
    }

    /// <summary>The storage this scope is kept in: the unit of work commits the scope with the turn's other writes when it is theirs.</summary>
    internal IStorage Storage => storage;

    /// <summary>The write that would save this scope now (its condition the ETag it was read with), or null when nothing changed.</summary>
    internal DocumentChange? ChangeToSave(ITurnContext turnContext)
    {
        var cached = turnContext.TurnState.Get<CachedScopes>()?.Find(this);
        if (cached is null)
        {
            return null;
        }

        var json = cached.Serialize();
        return json == cached.LoadedJson ? null : new DocumentChange(cached.Key, json, WriteCondition.For(cached.ETag), DocumentChange.NewTag());
    }

    /// <summary>The change from <see cref="ChangeToSave"/> was committed: the scope now stands as written.</summary>
    internal void Saved(ITurnContext turnContext, DocumentChange change) =>
        turnContext.TurnState.Get<CachedScopes>()?.Find(this)?.Committed(change.NewETag!, change.Json!);

    /// <summary>Forgets what this turn read, so the next access reads fresh state (used when a turn is replayed).</summary>
    public void ClearCache(ITurnContext turnContext) => turnContext.TurnState.Get<CachedScopes>()?.Remove(this);

    internal async Task<T?> GetAsync<T>(ITurnContext turnContext, string name, CancellationToken cancellationToken) where T : class
    {
        await LoadAsync(turnContext, cancellationToken);
        return Scopes(turnContext).Find(this)!.Get<T>(name);
    }

    internal async Task SetAsync<T>(ITurnContext turnContext, string name, T value, CancellationToken cancellationToken) where T : class
    {
        await LoadAsync(turnContext, cancellationToken);
        Scopes(turnContext).Find(this)!.Set(name, value);
    }

    internal async Task DeleteAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, cancellationToken);
        Scopes(turnContext).Find(this)!.Delete(name);
    }

    private static CachedScopes Scopes(ITurnContext turnContext)
    {
        var scopes = turnContext.TurnState.Get<CachedScopes>();
        if (scopes is null)
        {
            scopes = new CachedScopes();
            turnContext.TurnState.Set(scopes);
        }

        return scopes;
    }

    /// <summary>What one scope looked like when read, and the typed values the turn has touched since.</summary>
    private sealed class CachedScope(BotState owner, string key, string? etag, string loadedJson, JsonObject document)
    {
        private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
        private bool _touched;

        public BotState Owner { get; } = owner;
        public string Key { get; } = key;
        public string? ETag { get; private set; } = etag;
        public string LoadedJson { get; private set; } = loadedJson;

        public T? Get<T>(string name) where T : class
        {
            _touched = true;
            if (_values.TryGetValue(name, out var value))
            {
                return (T?)value;
            }

            // Deserialised to the declared type, so numbers keep their type (no int-to-long drift).
            var typed = document[name] is { } node ? node.Deserialize<T>(BotJson.Options) : null;
            _values[name] = typed;
            return typed;
        }

        public void Set(string name, object value)
        {
            _touched = true;
            _values[name] = value;
        }

        public void Delete(string name)
        {
            _touched = true;
            _values.Remove(name);
            document.Remove(name);
        }

        /// <summary>
        /// The scope as it would be stored now. Untouched (nothing read, set or deleted): what was loaded, without
        /// writing it out again. Otherwise written straight out in one pass, with the same result as putting each value
        /// into the document and printing that: the document's properties in their order, each value the turn touched
        /// in place of its stored one, new ones after them, nulls left out. Values the turn only read are written
        /// too, since the turn may have changed them in place.
        /// </summary>
        public string Serialize()
        {
            if (!_touched)
            {
                return LoadedJson;
            }

            // Through this thread's reused buffer (nothing here awaits): a scope of a few KB written out on every turn
            // was a fresh, growing buffer each time.
            return ReusedJsonWriter.Write(this, static (writer, scope) => scope.WriteTo(writer), static utf8 => System.Text.Encoding.UTF8.GetString(utf8));
        }

        private void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            foreach (var (name, node) in document)
            {
                var value = _values.TryGetValue(name, out var touched) ? touched : node;
                WriteProperty(writer, name, value);
            }

            foreach (var (name, value) in _values)
            {
                if (!document.ContainsKey(name))
                {
                    WriteProperty(writer, name, value);
                }
            }

            writer.WriteEndObject();
        }

        private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
        {
            switch (value)
            {
                case null:
                    return;
                case JsonNode node:
                    writer.WritePropertyName(name);
                    node.WriteTo(writer, BotJson.Options);
                    return;
                default:
                    writer.WritePropertyName(name);
                    JsonSerializer.Serialize(writer, value, value.GetType(), BotJson.Options);
                    return;
            }
        }

        public void Committed(string etag, string json)
        {
            ETag = etag;
            LoadedJson = json;
        }
    }

    private sealed class CachedScopes
    {
        private readonly List<CachedScope> _scopes = [];

        // A loop rather than List.Find: no closure allocated on each of the turn's many lookups.
        public CachedScope? Find(BotState owner)
        {
            foreach (var scope in _scopes)
            {
                if (ReferenceEquals(scope.Owner, owner))
                {
                    return scope;
                }
            }

            return null;
        }

        public void Add(CachedScope scope) => _scopes.Add(scope);

        public void Remove(BotState owner) => _scopes.RemoveAll(s => ReferenceEquals(s.Owner, owner));
    }
}
