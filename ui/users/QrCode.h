#pragma once

#include <QImage>

namespace casusregie::ui {

// The text as a QR code (libqrencode, error correction level M), black modules on white with
// the four-module quiet zone scanners need. A null image when the text does not fit.
QImage qrCodeImage(const QByteArray &text, int pixelsPerModule);

} // namespace casusregie::ui
