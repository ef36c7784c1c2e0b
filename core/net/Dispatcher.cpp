#include "net/Dispatcher.h"

#include "net/CborSchema.h"
#include "net/OperationTable.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace casusregie::Dispatcher {

namespace {

using Handler = std::function<Result<QCborValue>(Service &, const QCborMap &)>;

template <typename T>
Result<QCborValue> reply(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return cbor::encode(*result);
}

Result<QCborValue> reply(const Status &status)
{
    if (!status)
        return std::unexpected(status.error());
    return QCborValue(QCborValue::Null);
}

template <typename... P, std::size_t... I>
std::tuple<std::remove_cvref_t<P>...> decodeArguments(const QCborMap &args, const QStringList &names,
                                                      std::index_sequence<I...>)
{
    return {cbor::decode<std::remove_cvref_t<P>>(args.value(names.at(I)))...};
}

// One handler per operation of the table: decodes each parameter by its name, refuses malformed
// arguments before the service sees them, and encodes the result.
template <typename R, typename... P>
Handler method(R (Service::*function)(P...), const char *parameters)
{
    const QStringList names = OperationTable::parameterNames(parameters);
    Q_ASSERT(names.size() == sizeof...(P));
    return [function, names](Service &service, const QCborMap &args) -> Result<QCborValue> {
        cbor::DecodeGuard guard;
        auto values = decodeArguments<P...>(args, names, std::index_sequence_for<P...>{});
        if (guard.failed())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Ongeldige argumenten voor deze handeling."));
        return reply(std::apply([&](auto &...value) { return (service.*function)(value...); }, values));
    };
}

const QHash<QString, Handler> &handlers()
{
#define CASUSREGIE_HANDLER(name, operation, R, parameters, arguments) \
    {QStringLiteral(#name), method(&Service::name, #parameters)},
    static const QHash<QString, Handler> table{
        {QStringLiteral("secondFactorRequired"),
         [](Service &service, const QCborMap &) -> Result<QCborValue> { return QCborValue(service.secondFactorRequired()); }},
        CASUSREGIE_SERVICE_OPERATIONS(CASUSREGIE_HANDLER)};
#undef CASUSREGIE_HANDLER
    return table;
}

} // namespace

Result<QCborValue> dispatch(Service &service, const QString &op, const QCborMap &args)
{
    const auto handler = handlers().constFind(op);
    if (handler == handlers().cend())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Onbekende handeling."));
    return (*handler)(service, args);
}

QStringList operations()
{
    QStringList names = handlers().keys();
    names.sort();
    return names;
}

} // namespace casusregie::Dispatcher
