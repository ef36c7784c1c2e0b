#pragma once

#include "common/Result.h"

#include <QString>

namespace casusregie {

// Whether an item may be shared now (P 6.4 l, 7.2, 13.7; B4).
struct ShareFacts {
    bool beroepsgeheim = false;   // under professional secrecy
    bool consentBased = false;    // its grondslag is the betrokkene's consent (e.g. Slachtofferhulp, P 6.4 l)
    bool consentActive = false;   // the betrokkene's consent to its supplier, not withdrawn
    bool overrideRecorded = false; // a secrecy override on a conflict of duties or a meldrecht (B4)
};

// What a verstrekking needs to be lawful (P 8.1, 23.1; C 10.3, 17.2).
struct VerstrekkingFacts {
    bool toThirdParty = false;           // the recipient is not a covenant party
    bool recipientIsMember = true;       // P 27.3: a party that has not opgezegd nor been uitgesloten
    bool recipientInsideOverleg = false; // invited to an overleg of the casus
    bool everyGegevenApprovedForRecipient = false; // C 17.2: by its supplier, or supplied by the recipient itself
    bool everyGegevenShareable = false;     // see ShareFacts
    bool policeOrOmData = false;
    QString necessity;
    QString legalObligation;
    QString supplierWrittenConsent;
};

namespace DisclosureRules {

bool mayShare(const ShareFacts &facts);
// The same as an error for the user: why it may not be shared.
Status checkShareable(const ShareFacts &facts);
Status checkVerstrekking(const VerstrekkingFacts &facts);

} // namespace DisclosureRules

} // namespace casusregie
