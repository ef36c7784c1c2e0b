#include "cases/ItemRows.h"

#include "domain/EnumTraits.h"

#include <algorithm>

namespace casusregie::ui {

QString ItemRows::approvedFor(const Gegeven &item, const Known &known)
{
    QStringList recipients;
    for (const Approval &approval : known.approvals) {
        if (approval.gegevenId == item.id && approval.isInForce(known.phase, known.today))
            recipients << known.partyNames.value(approval.recipientPartyId);
    }
    recipients.removeDuplicates();
    recipients.sort(Qt::CaseInsensitive);
    return recipients.join(QStringLiteral(", "));
}

TableCell ItemRows::secrecy(const Gegeven &item, const Known &known)
{
    if (!item.beroepsgeheim)
        return TableCell(tr("no"), 0);
    const bool consented = std::any_of(known.consents.cbegin(), known.consents.cend(), [&](const Consent &consent) {
        return consent.betrokkeneId == item.betrokkeneId && consent.supplierPartyId == item.supplierPartyId
            && consent.isActiveOn(known.today);
    });
    return consented ? TableCell(tr("yes, with consent"), 1) : TableCell(tr("yes, no consent"), 2, true);
}

QStringList ItemRows::headers()
{
    return {tr("Betrokkene"), tr("Kind of data"), tr("Supplied by"), tr("Basis"), tr("Content"), tr("Supplied for phase"),
            tr("Approved for"), tr("Professional secrecy")};
}

QList<QList<TableCell>> ItemRows::rows(const QList<Gegeven> &items, const Known &known)
{
    QList<QList<TableCell>> rows;
    rows.reserve(items.size());
    for (const Gegeven &item : items) {
        rows << QList<TableCell>{known.betrokkeneNames.value(item.betrokkeneId), enumLabel(item.category),
                                 known.partyNames.value(item.supplierPartyId), enumLabel(item.grondslag), item.content,
                                 TableCell(enumLabel(item.phase), int(item.phase)), approvedFor(item, known),
                                 secrecy(item, known)};
    }
    return rows;
}

} // namespace casusregie::ui
