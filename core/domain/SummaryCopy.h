#pragma once

#include "documents/Document.h"

#include <QDateTime>
#include <QString>

namespace casusregie {

// One printed or saved copy of a case summary for a casusoverleg, made for one recipient party
// (C 13.2f). Each copy has its own number and is a verstrekking to that party (P 8.1); a reprint
// is a new copy.
struct SummaryCopyRecord {
    qint64 id = 0;
    qint64 casusId = 0;
    qint64 overlegId = 0;
    QString number; // "2026-0017/O2/3": casus, the overleg's place in the casus, the copy of that overleg
    qint64 recipientPartyId = 0;
    qint64 verstrekkingId = 0;
    int itemCount = 0; // the items of the verstrekking this copy holds
    qint64 byUserId = 0;
    QString byName;
    QDateTime at;
};

// A copy as made: its record and the document to print, which holds exactly what was recorded
// as disclosed.
struct SummaryCopy {
    SummaryCopyRecord record;
    Document document;
};

} // namespace casusregie
