using System.Net;
using System.Net.Http.Headers;

namespace MeetingBot.Tests.Hosting;

/// <summary>A JSON body sent without Content-Length (chunked), so the server cannot refuse it by the header alone.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _body;

    public ChunkedContent(byte[] body)
    {
        _body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
