using MeetingBot.Storage.Documents;

namespace MeetingBot.Storage.Tests.Documents;

public sealed class ExclusiveMoveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meetingbot-move-").FullName;

    [Fact]
    public void TryMove_ToAFreeName_MovesTheFile()
    {
        var source = Write("source", [1]);
        var target = Path.Combine(_folder, "v1.bin");

        Assert.True(ExclusiveMove.TryMove(source, target));
        Assert.False(File.Exists(source));
        Assert.Equal([1], File.ReadAllBytes(target));
    }

    [Fact]
    public void TryMove_OntoAnExistingFile_RefusesAndKeepsBoth()
    {
        var target = Write("v1.bin", [1]);
        var source = Write("source", [2]);

        Assert.False(ExclusiveMove.TryMove(source, target));
        Assert.Equal([1], File.ReadAllBytes(target));
        Assert.Equal([2], File.ReadAllBytes(source));
    }

    [Fact]
    public async Task TryMove_TwentyMoversOntoOneName_ExactlyOneWinsAndItsContentIsThere()
    {
        var sources = Enumerable.Range(0, 20).Select(i => Write($"source-{i}", [(byte)i])).ToList();
        var target = Path.Combine(_folder, "v1.bin");
        using var start = new Barrier(sources.Count);

        var won = await Task.WhenAll(sources.Select(source => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return ExclusiveMove.TryMove(source, target);
            },
            TaskCreationOptions.LongRunning)));

        var winner = Assert.Single(Enumerable.Range(0, 20), i => won[i]);
        Assert.Equal([(byte)winner], File.ReadAllBytes(target));
        Assert.Equal(19, sources.Count(File.Exists));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
