#include "storage/SqlCipherTypes.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace casusregie::sqlcipher {

QMetaType metaTypeForDeclaredType(const char *declaredType)
{
    const QByteArray type = QByteArray(declaredType).toUpper();
    if (type.isEmpty())
        return QMetaType(QMetaType::QVariant);
    if (type.startsWith("DATETIME") || type.startsWith("TIMESTAMP"))
        return QMetaType(QMetaType::QDateTime);
    if (type == "DATE")
        return QMetaType(QMetaType::QDate);
    if (type == "TIME")
        return QMetaType(QMetaType::QTime);
    if (type.startsWith("BOOL"))
        return QMetaType(QMetaType::Bool);
    // SQLite's type affinity rules (section 3.1 of its datatype documentation), in their order.
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::QVariant);
}

QString toStorageText(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QString toStorageText(const QDate &value)
{
    return value.toString(Qt::ISODate);
}

QString toStorageText(const QTime &value)
{
    return value.toString(Qt::ISODateWithMs);
}

QString toStorageText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return toStorageText(value.toDateTime());
    case QMetaType::QDate:
        return toStorageText(value.toDate());
    case QMetaType::QTime:
        return toStorageText(value.toTime());
    default:
        return value.toString();
    }
}

QVariant fromStorageText(const QString &text, QMetaType declared)
{
    switch (declared.id()) {
    case QMetaType::QDateTime: {
        QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (value.isValid())
            return value.toUTC();
        break;
    }
    case QMetaType::QDate: {
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (value.isValid())
            return value;
        break;
    }
    case QMetaType::QTime: {
        const QTime value = QTime::fromString(text, Qt::ISODateWithMs);
        if (value.isValid())
            return value;
        break;
    }
    default:
        break;
    }
    return text;
}

} // namespace casusregie::sqlcipher
