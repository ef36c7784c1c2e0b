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

// The grounds on which a professional may break secrecy without consent (P 7.2, bijvoegsel 4).
enum class Doorbrekingsgrond {
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
struct EnumTraits<Doorbrekingsgrond> {
    static constexpr std::array entries{
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::ConflictVanPlichten, "conflict_van_plichten", "Conflict van plichten"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::MeldrechtHuiselijkGeweld, "meldrecht_wmo_5_2_6",
                                     "Meldrecht huiselijk geweld/kindermishandeling (art. 5.2.6 Wmo 2015)"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::MeldrechtRaad, "meldrecht_bw_1_240",
                                     "Meldrecht Raad voor de Kinderbescherming (art. 1:240 BW)"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::MeldrechtVerwijsindex, "meldrecht_vir",
                                     "Meldrecht Verwijsindex risicojongeren (art. 7.1.4.1 Jeugdwet)"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::VerzoekVeiligThuisOfRaad, "verzoek_vt_raad",
                                     "Verzoek om informatie van Veilig Thuis of de Raad"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::InformatieplichtOts, "informatieplicht_ots",
                                     "Informatieplicht bij een ondertoezichtstelling"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::VerstrekkingsplichtCollege, "verstrekkingsplicht_college",
                                     "Verstrekkingsplicht aan het college (Jeugdwet, Wmo)"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::MeldplichtCalamiteiten, "meldplicht_calamiteiten",
                                     "Meldplicht bij calamiteiten en geweld"},
        EnumEntry<Doorbrekingsgrond>{Doorbrekingsgrond::VrijOmschreven, "vrij_omschreven",
                                     "Vrij omschreven (vastgelegd vóór schema 7)"},
    };
};

// Disclosure without consent on a conflict of duties or a legal meldrecht (P 7.2, B4), decided by
// a professional of the supplying party, never by the procesregisseur for them.
struct GeheimDoorbreking {
    qint64 id = 0;
    qint64 gegevenId = 0;
    Doorbrekingsgrond legalGround = Doorbrekingsgrond::ConflictVanPlichten;
    QString motivation;
    QString decidedBy; // who at the supplying party decided (name and position)
    qint64 recordedByUserId = 0;
    QDateTime recordedAt;
};

} // namespace casusregie
