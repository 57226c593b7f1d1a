using MeetingBot.Bench.Turns;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// The turn bench starts MeetingBot.dll under <c>dotnet</c> and the NativeAOT publish (a native <c>MeetingBot</c>) as the
/// executable it is: a native binary handed to <c>dotnet</c> would not start at all.
/// </summary>
public sealed class BenchLaunchTests
{
    [Fact]
    public void Dll_RunsUnderDotnet()
    {
        Assert.StartsWith("exec dotnet \"$0\" ", ServiceUnderTest.LaunchScript("/tmp/r2r/MeetingBot.dll"), StringComparison.Ordinal);
    }

    [Fact]
    public void NativeExecutable_RunsAsItIs()
    {
        Assert.StartsWith("exec \"$0\" ", ServiceUnderTest.LaunchScript("/tmp/aot/MeetingBot"), StringComparison.Ordinal);
    }
}
