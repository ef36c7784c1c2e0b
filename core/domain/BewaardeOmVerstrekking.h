#pragma once

#include "domain/DataCategory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casusregie {

// P 17.5, art. 39j Wjsg: a verstrekking of data supplied by the OM is kept on record for 4 years.
// When its casus or the item is destroyed earlier, this minimised record of it stays until then:
// who disclosed what kind of data about whom to whom, on which ground. Never the content.
struct BewaardeOmVerstrekking {
    qint64 id = 0;
    QDateTime verstrektOp;
    qint64 omPartyId = 0;
    qint64 recipientPartyId = 0; // 0 for a recipient outside the covenant
    QString thirdPartyName;
    QString legalBasis;
    QList<DataCategory> categories;
    QString betrokkeneNaam;
    QDate betrokkeneGeboortedatum;
    QDate destroyOn; // 4 years after the verstrekking
};

} // namespace casusregie
