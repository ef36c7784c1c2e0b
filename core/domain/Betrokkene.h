#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QString>

#include <array>

namespace casusregie {

// The categories of betrokkenen of B3: whom the plan is aimed at (I), their direct relations (II),
// staff of involved agencies (III) and staff of third parties executing interventions (IV).
enum class BetrokkeneCategorie { I, II, III, IV };

template <>
struct EnumTraits<BetrokkeneCategorie> {
    static constexpr std::array entries{
        EnumEntry<BetrokkeneCategorie>{BetrokkeneCategorie::I, "I", "Categorie I: persoon op wie het plan gericht is"},
        EnumEntry<BetrokkeneCategorie>{BetrokkeneCategorie::II, "II", "Categorie II: directe relatie"},
        EnumEntry<BetrokkeneCategorie>{BetrokkeneCategorie::III, "III", "Categorie III: medewerker betrokken instantie"},
        EnumEntry<BetrokkeneCategorie>{BetrokkeneCategorie::IV, "IV", "Categorie IV: medewerker derde partij"},
    };
};

struct Betrokkene {
    qint64 id = 0;
    qint64 casusId = 0;
    BetrokkeneCategorie categorie = BetrokkeneCategorie::I;
    QString naam;
    QDate geboortedatum;  // may be unknown; searchable together with the name
    QString omschrijving; // e.g. "moeder", "wijkagent"
};

} // namespace casusregie
