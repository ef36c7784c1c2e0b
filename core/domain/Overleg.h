#pragma once

#include "domain/EnumTraits.h"
#include "domain/Theme.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace casusregie {

// A casusoverleg (C 9, 13.2): who is invited, who came, what was decided.
struct Overleg {
    qint64 id = 0;
    qint64 casusId = 0;
    QDateTime datum;
    QString plaats;
    QString doel;
    QList<Theme> themes;
    QString decisionTypes; // the kinds of decisions to take
    QList<qint64> invitedPartyIds;
    QList<qint64> attendingPartyIds;
    QString minutes;
};

enum class BesluitSoort { Algemeen, Opschaling, Afschaling, Verzet };

template <>
struct EnumTraits<BesluitSoort> {
    static constexpr std::array entries{
        EnumEntry<BesluitSoort>{BesluitSoort::Algemeen, "algemeen", "Besluit"},
        EnumEntry<BesluitSoort>{BesluitSoort::Opschaling, "opschaling", "Opschaling (Breed MT of bestuurlijke tafel)"},
        EnumEntry<BesluitSoort>{BesluitSoort::Afschaling, "afschaling", "Afschaling"},
        EnumEntry<BesluitSoort>{BesluitSoort::Verzet, "verzet", "Besluit op verzet"},
    };
};

struct OverlegBesluit {
    qint64 id = 0;
    qint64 overlegId = 0;
    BesluitSoort soort = BesluitSoort::Algemeen;
    QString text;
    QString escalatedTo; // for opschaling: the Breed MT or the administrative table
    QString outcome;
    qint64 byUserId = 0;
    QDateTime at;
};

enum class AfspraakStatus { Open, Lopend, Afgerond, Vervallen };

template <>
struct EnumTraits<AfspraakStatus> {
    static constexpr std::array entries{
        EnumEntry<AfspraakStatus>{AfspraakStatus::Open, "open", "Open"},
        EnumEntry<AfspraakStatus>{AfspraakStatus::Lopend, "lopend", "Lopend"},
        EnumEntry<AfspraakStatus>{AfspraakStatus::Afgerond, "afgerond", "Afgerond"},
        EnumEntry<AfspraakStatus>{AfspraakStatus::Vervallen, "vervallen", "Vervallen"},
    };
};

// An agreement of the plan van aanpak: which party does what, by when (C 9.4c).
struct Afspraak {
    qint64 id = 0;
    qint64 casusId = 0;
    qint64 ownerPartyId = 0;
    QString action;
    QDate dueDate;
    AfspraakStatus status = AfspraakStatus::Open;
    QString result;
};

// How the casus is going after afschaling, measured against its afschalingscriteria (C 9.4).
struct MonitoringNote {
    qint64 id = 0;
    qint64 casusId = 0;
    QString note;
    qint64 byUserId = 0;
    QDateTime at;
};

// The bekendheidscheck in other ZVHs through Middenvelder, done at triage (B2).
struct Bekendheidscheck {
    qint64 id = 0;
    qint64 casusId = 0;
    QDate datum;
    QString otherZvh;
    QString result;
};

// In triage the procesregisseur asks a party with a role in the casus for information about one
// betrokkene (B2: "op basis van informatie van partners"). That party then sees this person and
// may bring in its own items about them, nothing more.
struct Informatieverzoek {
    qint64 id = 0;
    qint64 casusId = 0;
    qint64 betrokkeneId = 0;
    qint64 partyId = 0;
    QString vraag; // what the procesregisseur asks, without more personal data than needed
    qint64 byUserId = 0;
    QDateTime at;
};

} // namespace casusregie
