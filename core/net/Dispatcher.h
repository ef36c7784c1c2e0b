#pragma once

#include "common/Result.h"

#include <QCborMap>
#include <QCborValue>
#include <QString>

namespace casusregie {

class Service;

// Turns a decoded request into a call on the service of the caller's session, and its result into
// CBOR. Every service operation except login and logout (which the server handles with the
// session) is reachable by its name; an unknown name or malformed arguments are an error value.
namespace Dispatcher {

Result<QCborValue> dispatch(Service &service, const QString &op, const QCborMap &args);
QStringList operations();

} // namespace Dispatcher

} // namespace casusregie
