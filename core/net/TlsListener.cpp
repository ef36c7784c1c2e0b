#include "net/TlsListener.h"

namespace casusregie {

TlsListener::TlsListener(std::function<void(qintptr)> accept, QObject *parent)
    : QTcpServer(parent)
    , m_accept(std::move(accept))
{
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    m_accept(descriptor);
}

} // namespace casusregie
