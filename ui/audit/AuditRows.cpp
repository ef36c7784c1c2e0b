#include "audit/AuditRows.h"

#include "common/Clock.h"
#include "domain/EnumTraits.h"
#include "rules/Operation.h"

#include <QCoreApplication>

namespace casusregie::ui::AuditRows {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casusregie::ui::AuditRows", text);
}

} // namespace

QStringList headers(Columns columns)
{
    if (columns == Columns::OfOneCasus)
        return {tr("When"), tr("User"), tr("Party"), tr("Action"), tr("Objects"), tr("Outcome")};
    return {tr("No."), tr("When"), tr("User"), tr("Party"), tr("Action"), tr("Casus"), tr("Objects"), tr("Outcome")};
}

QString outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("allowed"))
        return tr("allowed");
    if (outcome == QLatin1String("denied"))
        return tr("refused");
    return tr("failed");
}

QList<TableCell> row(const AuditRecord &record, const QHash<qint64, QString> &partyNames, Columns columns)
{
    const AuditEntry &entry = record.entry;
    const auto operation = enumFromKey<Operation>(entry.action);
    // Objects are ids: "gegeven:12,betrokkene:3" reads as "gegeven 12, betrokkene 3".
    QString objects = entry.objects;
    objects.replace(QLatin1Char(':'), QLatin1Char(' ')).replace(QLatin1Char(','), QStringLiteral(", "));
    // As the ZVH reads a moment: in Europe/Amsterdam.
    const TableCell when(inAmsterdam(entry.at).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")), entry.at);
    const TableCell outcome(outcomeLabel(entry.outcome), entry.outcome, entry.outcome != QLatin1String("allowed"));
    const QString action = operation ? enumLabel(*operation) : entry.action;
    if (columns == Columns::OfOneCasus)
        return {when, entry.username, partyNames.value(entry.partyId), action, objects, outcome};
    return {TableCell(QString::number(record.id), record.id), when, entry.username, partyNames.value(entry.partyId), action,
            entry.casusId != 0 ? TableCell(QString::number(entry.casusId), entry.casusId) : TableCell(), objects, outcome};
}

} // namespace casusregie::ui::AuditRows
