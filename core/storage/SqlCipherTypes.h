#pragma once

#include <QMetaType>
#include <QVariant>

namespace casusregie::sqlcipher {

// SQLite stores few types; the declared column type tells which Qt type a value came from.
// DATETIME/TIMESTAMP, DATE, TIME and BOOLEAN columns read back as QDateTime (UTC), QDate, QTime, bool.
QMetaType metaTypeForDeclaredType(const char *declaredType);

// Text written for date/time values: UTC ISO-8601 with milliseconds, so it sorts and compares as text.
QString toStorageText(const QDateTime &value);
QString toStorageText(const QDate &value);
QString toStorageText(const QTime &value);
// Any other bound value as the text that is stored: date/time types as above, the rest as toString().
QString toStorageText(const QVariant &value);

// Converts text read from a date/time column back; an unparsable value stays a QString.
QVariant fromStorageText(const QString &text, QMetaType declared);

} // namespace casusregie::sqlcipher
