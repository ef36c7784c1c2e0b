#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace casusregie {

// A motivated decision of the partners to keep a casus longer than 5 years (P 11.3-11.5).
struct RetentionExtension {
    qint64 id = 0;
    qint64 casusId = 0;
    QDate decidedOn;
    int months = 0;        // at most 24 per decision (P 11.4)
    QString parties;       // the partners who took the decision
    QString motivation;    // tied to the ZVH goals of C 2 (P 11.5)
    qint64 byUserId = 0;   // the procesregisseur who recorded it (P 11.3)
};

// P 11.6: after 24 months an afgeschaalde casus may be consulted for the evaluation of a calamity
// or incident. The hoofd records it, with what happened and why the dossier is needed; for its
// period the procesregisseur(s) of the casus may read the dossier again, not change it.
struct Calamiteitsevaluatie {
    qint64 id = 0;
    qint64 casusId = 0;
    QString aanleiding; // the calamity or incident, described without personal data
    QString reden;      // why this dossier is needed for the evaluation
    QDate vanaf;
    QDate tot;          // at most 3 months after vanaf
    qint64 byUserId = 0;
    QDateTime recordedAt;

    bool isOpenOn(QDate day) const { return vanaf <= day && day <= tot; }
};

// The rule under which something is destroyed.
enum class RetentionRule { VijfJaar, NietDoorgeleid, IngetrokkenBijHerbeoordeling, OmVerstrekkingVierJaar };

template <>
struct EnumTraits<RetentionRule> {
    static constexpr std::array entries{
        EnumEntry<RetentionRule>{RetentionRule::VijfJaar, "p11_2", "P 11.2-11.5: bewaartermijn van 5 jaar (met verlengingen) verstreken"},
        EnumEntry<RetentionRule>{RetentionRule::NietDoorgeleid, "p11_8", "P 11.8: niet doorgeleid, 1 jaar na het besluit"},
        EnumEntry<RetentionRule>{RetentionRule::IngetrokkenBijHerbeoordeling, "p3_5b",
                                 "P 3.5b: ingetrokken bij de herbeoordeling van een faseovergang"},
        EnumEntry<RetentionRule>{RetentionRule::OmVerstrekkingVierJaar, "p17_5",
                                 "P 17.5: vastlegging van een verstrekking van OM-gegevens, 4 jaar na de verstrekking"},
    };
};

// What stays of a destroyed casus: management data without any personal data (P 11.7).
struct ManagementRecord {
    int aanmeldingsjaar = 0;
    qint64 aanmeldendePartijId = 0;
    QString themes;   // theme keys, comma-separated
    QString outcome;  // "lopend", "niet_doorgeleid", "afgeschaald", "afgesloten"
    // Days spent in each phase that was completed; -1 for a phase never completed.
    int daysAanmelding = -1;
    int daysTriage = -1;
    int daysCasusoverleg = -1;
    // The month (its first day; the day itself is not kept) each phase was entered, for the
    // annual chart of phases per month; null when never entered or destroyed before version 15.
    QDate monthAanmelding;
    QDate monthTriage;
    QDate monthCasusoverleg;
    QDate monthAfschaling;
    QDate destroyedOn;
    RetentionRule rule = RetentionRule::VijfJaar;
};

} // namespace casusregie
