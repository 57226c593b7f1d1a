using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Bench.DingTalk;

/// <summary>The host environment the protocol layer asks for (Development: no Bot Framework app id).</summary>
public sealed class BenchEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;
    public string ApplicationName { get; set; } = "DingTalkFanOutBench";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
