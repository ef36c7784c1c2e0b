#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QString>

#include <array>

namespace casusregie {

// The rights a betrokkene can invoke (P 17.1); overdraagbaarheid does not apply (P 21.1).
enum class VerzoekType { Inzage, Correctie, Verwijdering, Beperking, Verzet, Overdraagbaarheid };

template <>
struct EnumTraits<VerzoekType> {
    static constexpr std::array entries{
        EnumEntry<VerzoekType>{VerzoekType::Inzage, "inzage", "Inzage (P 18)"},
        EnumEntry<VerzoekType>{VerzoekType::Correctie, "correctie", "Correctie (P 19)"},
        EnumEntry<VerzoekType>{VerzoekType::Verwijdering, "verwijdering", "Verwijdering (P 19)"},
        EnumEntry<VerzoekType>{VerzoekType::Beperking, "beperking", "Beperking van de verwerking (P 19)"},
        EnumEntry<VerzoekType>{VerzoekType::Verzet, "verzet", "Bezwaar / verzet (P 20)"},
        EnumEntry<VerzoekType>{VerzoekType::Overdraagbaarheid, "overdraagbaarheid", "Overdraagbaarheid (niet van toepassing, P 21.1)"},
    };
};

enum class VerzoekBesluit { Open, Toegewezen, GedeeltelijkToegewezen, Afgewezen };

template <>
struct EnumTraits<VerzoekBesluit> {
    static constexpr std::array entries{
        EnumEntry<VerzoekBesluit>{VerzoekBesluit::Open, "open", "In behandeling"},
        EnumEntry<VerzoekBesluit>{VerzoekBesluit::Toegewezen, "toegewezen", "Toegewezen"},
        EnumEntry<VerzoekBesluit>{VerzoekBesluit::GedeeltelijkToegewezen, "gedeeltelijk", "Gedeeltelijk toegewezen"},
        EnumEntry<VerzoekBesluit>{VerzoekBesluit::Afgewezen, "afgewezen", "Afgewezen"},
    };
};

// A request of a betrokkene about their data (P 16-21), from receipt to the answer sent.
struct Verzoek {
    qint64 id = 0;
    VerzoekType type = VerzoekType::Inzage;
    QDate receivedOn;
    qint64 viaPartyId = 0; // the party that received it (P 17.3)
    QString requesterName;
    QDate requesterBirthDate;
    QDate identityVerifiedOn; // no answer before the identity is verified (P 18.4)
    QString identityVerifiedHow;
    qint64 identityVerifiedBy = 0;
    VerzoekBesluit besluit = VerzoekBesluit::Open;
    QString motivation; // required for a refusal or partial refusal
    qint64 answeredBy = 0; // the hoofd (P 17.2, 18.2)
    QDate sentOn;

    bool identityVerified() const { return identityVerifiedOn.isValid(); }
    // Granted in full or in part: what a correction or erasure is carried out under (P 19).
    bool granted() const { return besluit == VerzoekBesluit::Toegewezen || besluit == VerzoekBesluit::GedeeltelijkToegewezen; }
};

} // namespace casusregie
