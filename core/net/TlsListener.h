#pragma once

#include <QTcpServer>

#include <functional>

namespace casusregie {

// Accepts TCP connections and hands each descriptor on at once, before any TLS: the server decides
// what to do with it and runs the handshake itself, so no number of stalled handshakes can stop
// it from accepting (QSslServer counts them against its pending limit).
class TlsListener final : public QTcpServer {
    Q_OBJECT
public:
    explicit TlsListener(std::function<void(qintptr)> accept, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace casusregie
