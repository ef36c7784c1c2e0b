#include "users/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace casusregie::ui {

QImage qrCodeImage(const QByteArray &text, int pixelsPerModule)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int quietZone = 4;
    const int side = (code->width + 2 * quietZone) * pixelsPerModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // bit 0: a dark module
                painter.fillRect((x + quietZone) * pixelsPerModule, (y + quietZone) * pixelsPerModule, pixelsPerModule,
                                 pixelsPerModule, Qt::black);
        }
    }
    return image;
}

} // namespace casusregie::ui
