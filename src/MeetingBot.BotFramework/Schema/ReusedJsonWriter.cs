using System.Buffers;
using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// This thread's JSON writer over its own buffer, for code that writes a document out on every turn (a state scope, a
/// card) and copies the result before it awaits anything: one buffer reused rather than a fresh one grown each time.
/// Written with <see cref="BotJson.Options"/>' encoder, indentation and depth, as the serializer would.
/// </summary>
internal static class ReusedJsonWriter
{
    // A buffer grown past this by one large document is let go, not kept by the thread for good.
    private const int MaxKeptBuffer = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = BotJson.Options.Encoder,
        Indented = BotJson.Options.WriteIndented,
        MaxDepth = BotJson.Options.MaxDepth,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Lets <paramref name="write"/> write one value and returns what <paramref name="read"/> makes of the bytes, which
    /// must not outlive it. Neither may await or write through this again.
    /// </summary>
    public static TResult Write<TState, TResult>(TState state, Action<Utf8JsonWriter, TState> write, Func<ReadOnlySpan<byte>, TResult> read)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            write(writer, state);
            writer.Flush();
            return read(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset();
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
