#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace casusregie {

enum class ToestemmingGever { Betrokkene, WettelijkVertegenwoordiger };

template <>
struct EnumTraits<ToestemmingGever> {
    static constexpr std::array entries{
        EnumEntry<ToestemmingGever>{ToestemmingGever::Betrokkene, "betrokkene", "De betrokkene zelf"},
        EnumEntry<ToestemmingGever>{ToestemmingGever::WettelijkVertegenwoordiger, "wettelijk_vertegenwoordiger",
                                    "Wettelijk vertegenwoordiger"},
    };
};

// Consent for sharing data under professional secrecy (P 7.2, 13.7): given for the items one
// party holds about one betrokkene.
struct Toestemming {
    qint64 id = 0;
    qint64 betrokkeneId = 0;
    qint64 supplierPartyId = 0;
    ToestemmingGever givenBy = ToestemmingGever::Betrokkene;
    QString representativeName;
    QDate givenOn;
    QString scope;
    QString recordedHow;       // e.g. "schriftelijk, formulier in dossier Antes"
    bool toldCanWithdraw = false;
    QDate withdrawnOn;
    qint64 recordedByUserId = 0;

    bool isActiveOn(QDate day) const { return givenOn.isValid() && day >= givenOn && (!withdrawnOn.isValid() || day < withdrawnOn); }
};

// Disclosure without consent on a conflict of duties or a legal meldrecht (P 7.2, B4).
struct GeheimDoorbreking {
    qint64 id = 0;
    qint64 gegevenId = 0;
    QString legalGround; // e.g. "meldrecht Veilig Thuis, art. 5.2.6 Wmo 2015"
    QString motivation;
    qint64 recordedByUserId = 0;
    QDateTime recordedAt;
};

} // namespace casusregie
