#include "net/OperationTable.h"

#include <QRegularExpression>

namespace casusregie::OperationTable {

namespace {

// "(qint64 casusId, const QList<Theme> &themes)" -> {"qint64 casusId", "const QList<Theme> &themes"};
// a comma inside <...> belongs to a type.
QStringList declarations(const char *parameters)
{
    const QString text = QString::fromLatin1(parameters).trimmed().mid(1).chopped(1);
    QStringList pieces;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        depth += c == u'<' ? 1 : c == u'>' ? -1 : 0;
        if (c == u',' && depth == 0) {
            pieces << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        pieces << current.trimmed();
    return pieces;
}

QString resultType(const char *result)
{
    const QString text = QString::fromLatin1(result);
    if (text == QLatin1String("Status"))
        return QStringLiteral("null");
    return text.mid(int(qstrlen("Result<"))).chopped(1);
}

} // namespace

QStringList parameterNames(const char *parameters)
{
    static const QRegularExpression lastWord(QStringLiteral("(\\w+)$"));
    QStringList names;
    for (const QString &declaration : declarations(parameters))
        names << lastWord.match(declaration).captured(1);
    return names;
}

QStringList parameterTypes(const char *parameters)
{
    static const QRegularExpression nameAndQualifiers(QStringLiteral("^const |\\s*&?\\s*\\w+$"));
    QStringList types;
    for (QString declaration : declarations(parameters))
        types << declaration.remove(nameAndQualifiers).trimmed();
    return types;
}

QList<OperationDescription> descriptions()
{
#define CASUSREGIE_DESCRIBE(name, operation, R, parameters, arguments) \
    OperationDescription{QStringLiteral(#name), Operation::operation, resultType(#R), parameterNames(#parameters), \
                         parameterTypes(#parameters)},
    static const QList<OperationDescription> table{CASUSREGIE_SERVICE_OPERATIONS(CASUSREGIE_DESCRIBE)};
#undef CASUSREGIE_DESCRIBE
    return table;
}

} // namespace casusregie::OperationTable
