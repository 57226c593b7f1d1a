using QRCoder;

namespace MeetingBot.Attendance;

/// <summary>A QR code as inline SVG, so the printed sheet needs no image requests and no script.</summary>
public static class QrImages
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
