using MeetingBot.Documents;

namespace MeetingBot.Tests.Documents;

public sealed class FileSignatureTests
{
    [Fact]
    public void Identify_AWordDocument_IsDocx()
    {
        Assert.Equal(UploadedFileType.Docx, FileSignature.Identify(TestDocx.Build(TestDocx.Paragraph("材料"))));
    }

    [Fact]
    public void Identify_APdf_IsPdf()
    {
        Assert.Equal(UploadedFileType.Pdf, FileSignature.Identify(TestFiles.Pdf));
    }

    [Fact]
    public void Identify_OtherFiles_IsNull()
    {
        Assert.Null(FileSignature.Identify(TestFiles.Png));
        Assert.Null(FileSignature.Identify(TestFiles.ZipWithoutWordBody));
        // A zip header with nothing valid after it.
        Assert.Null(FileSignature.Identify(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 0 }));
        Assert.Null(FileSignature.Identify(ReadOnlyMemory<byte>.Empty));
    }
}
