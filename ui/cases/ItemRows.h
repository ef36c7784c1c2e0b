#pragma once

#include "domain/Approval.h"
#include "domain/Consent.h"
#include "domain/Gegeven.h"
#include "forms/RowsModel.h"

#include <QCoreApplication>
#include <QHash>

namespace casusregie::ui {

// The items of a casus as the workspace lists them: per item who supplied it and on what basis,
// the phase it was supplied for (P 3.5a), the parties its supplier approved it for now (C 17.2),
// and for an item under professional secrecy whether the betrokkene's consent is in force (P 7.2).
class ItemRows {
    Q_DECLARE_TR_FUNCTIONS(ItemRows)
public:
    enum Column { BetrokkeneColumn, KindColumn, SupplierColumn, GrondslagColumn, ContentColumn, PhaseColumn, ApprovedForColumn,
                  SecrecyColumn };

    struct Known {
        QHash<qint64, QString> betrokkeneNames;
        QHash<qint64, QString> partyNames;
        QList<Approval> approvals;
        QList<Consent> consents;
        Phase phase = Phase::Aanmelding; // the casus's phase now: approvals lapse with theirs
        QDate today;
    };

    static QStringList headers();
    // Row i shows items[i].
    static QList<QList<TableCell>> rows(const QList<Gegeven> &items, const Known &known);

private:
    static QString approvedFor(const Gegeven &item, const Known &known);
    static TableCell secrecy(const Gegeven &item, const Known &known);
};

} // namespace casusregie::ui
