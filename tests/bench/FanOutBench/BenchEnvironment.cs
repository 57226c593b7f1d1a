using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Bench.FanOut;

/// <summary>The host environment the protocol layer asks for (Development: no app id, no outbound token).</summary>
public sealed class BenchEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;
    public string ApplicationName { get; set; } = "FanOutBench";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
