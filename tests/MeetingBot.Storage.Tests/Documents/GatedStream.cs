namespace MeetingBot.Storage.Tests.Documents;

/// <summary>
/// A forward-only stream that hands out its first part, then waits for <see cref="Release"/> before the rest: an
/// upload still arriving.
/// </summary>
public sealed class GatedStream(byte[] first, byte[] rest) : Stream
{
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _position;

    /// <summary>Completes once the first part is out and the reader waits for the rest.</summary>
    public Task Waiting => _waiting.Task;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public void Release() => _released.TrySetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= first.Length)
        {
            _waiting.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        var all = first.Length + rest.Length;
        if (_position >= all)
        {
            return 0;
        }

        var source = _position < first.Length ? first.AsMemory(_position) : rest.AsMemory(_position - first.Length);
        var count = Math.Min(buffer.Length, source.Length);
        source[..count].CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
