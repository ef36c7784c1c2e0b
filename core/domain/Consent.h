#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace casusregie {

enum class ConsentGiver { Betrokkene, WettelijkVertegenwoordiger };

template <>
struct EnumTraits<ConsentGiver> {
    static constexpr std::array entries{
        EnumEntry<ConsentGiver>{ConsentGiver::Betrokkene, "betrokkene", "De betrokkene zelf"},
        EnumEntry<ConsentGiver>{ConsentGiver::WettelijkVertegenwoordiger, "wettelijk_vertegenwoordiger",
                                    "Wettelijk vertegenwoordiger"},
    };
};

// Consent for sharing data under professional secrecy (P 7.2, 13.7): given for the items one
// party holds about one betrokkene.
struct Consent {
    qint64 id = 0;
    qint64 betrokkeneId = 0;
    qint64 supplierPartyId = 0;
    ConsentGiver givenBy = ConsentGiver::Betrokkene;
    QString representativeName;
    QDate givenOn;
    QString scope;
    QString recordedHow;       // e.g. "schriftelijk, formulier in dossier Antes"
    bool toldCanWithdraw = false;
    QDate withdrawnOn;
    qint64 recordedByUserId = 0;

    bool isActiveOn(QDate day) const { return givenOn.isValid() && day >= givenOn && (!withdrawnOn.isValid() || day < withdrawnOn); }
};

// The grounds on which a professional may break secrecy without consent (P 7.2, bijvoegsel 4).
enum class SecrecyOverrideGround {
    ConflictVanPlichten,
    MeldrechtHuiselijkGeweld,
    MeldrechtRaad,
    MeldrechtVerwijsindex,
    VerzoekVeiligThuisOfRaad,
    InformatieplichtOts,
    VerstrekkingsplichtCollege,
    MeldplichtCalamiteiten,
    VrijOmschreven, // recorded before schema 7 as free text; never chosen anew
};

template <>
struct EnumTraits<SecrecyOverrideGround> {
    static constexpr std::array entries{
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::ConflictVanPlichten, "conflict_van_plichten", "Conflict van plichten"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::MeldrechtHuiselijkGeweld, "meldrecht_wmo_5_2_6",
                                     "Meldrecht huiselijk geweld/kindermishandeling (art. 5.2.6 Wmo 2015)"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::MeldrechtRaad, "meldrecht_bw_1_240",
                                     "Meldrecht Raad voor de Kinderbescherming (art. 1:240 BW)"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::MeldrechtVerwijsindex, "meldrecht_vir",
                                     "Meldrecht Verwijsindex risicojongeren (art. 7.1.4.1 Jeugdwet)"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::VerzoekVeiligThuisOfRaad, "verzoek_vt_raad",
                                     "Verzoek om informatie van Veilig Thuis of de Raad"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::InformatieplichtOts, "informatieplicht_ots",
                                     "Informatieplicht bij een ondertoezichtstelling"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::VerstrekkingsplichtCollege, "verstrekkingsplicht_college",
                                     "Verstrekkingsplicht aan het college (Jeugdwet, Wmo)"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::MeldplichtCalamiteiten, "meldplicht_calamiteiten",
                                     "Meldplicht bij calamiteiten en geweld"},
        EnumEntry<SecrecyOverrideGround>{SecrecyOverrideGround::VrijOmschreven, "vrij_omschreven",
                                     "Vrij omschreven (vastgelegd vóór schema 7)"},
    };
};

// Disclosure without consent on a conflict of duties or a legal meldrecht (P 7.2, B4), decided by
// a professional of the supplying party, never by the procesregisseur for them.
struct SecrecyOverride {
    qint64 id = 0;
    qint64 gegevenId = 0;
    SecrecyOverrideGround legalGround = SecrecyOverrideGround::ConflictVanPlichten;
    QString motivation;
    QString decidedBy; // who at the supplying party decided (name and position)
    qint64 recordedByUserId = 0;
    QDateTime recordedAt;
};

} // namespace casusregie
