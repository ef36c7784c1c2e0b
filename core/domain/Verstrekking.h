#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace casusregie {

// A disclosure of items to a party or a third party (P 8.1, 23.1; C 10.3).
struct Verstrekking {
    qint64 id = 0;
    qint64 casusId = 0;
    QList<qint64> gegevenIds;
    qint64 recipientPartyId = 0; // 0 when the recipient is not a covenant party
    QString thirdPartyName;
    QString purpose;
    QString legalBasis;
    QString necessity;        // mandatory for police and OM data (Wpg 32, Wjsg 39j)
    QString legalObligation;  // mandatory for recipients outside the casusoverleg (P 23.1)
    QString supplierWrittenConsent; // mandatory for third parties (C 10.3)
    qint64 byUserId = 0;
    QDateTime at;
};

} // namespace casusregie
