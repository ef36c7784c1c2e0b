#include "rules/DisclosureRules.h"

namespace casusregie::DisclosureRules {

bool mayShare(const ShareFacts &facts)
{
    // P 6.4 l, 13.7: consent as grondslag holds only while the consent does; no override replaces it.
    if (facts.consentBased && !facts.consentActive)
        return false;
    // P 7.2, B4: secrecy yields to consent or to a recorded override.
    if (facts.beroepsgeheim && !facts.consentActive && !facts.overrideRecorded)
        return false;
    return true;
}

Status checkShareable(const ShareFacts &facts)
{
    if (mayShare(facts))
        return {};
    if (facts.consentBased && !facts.consentActive)
        return fail(ErrorCode::AccessDenied,
                    QStringLiteral("Dit gegeven is ingebracht op grond van toestemming van de betrokkene; zonder geldige "
                                   "toestemming mag het niet worden gebruikt of gedeeld (P 6.4, 13.7)."));
    return fail(ErrorCode::AccessDenied,
                QStringLiteral("Dit gegeven valt onder het beroepsgeheim: zonder geldige toestemming of vastgelegde "
                               "doorbreking mag het niet worden gedeeld (P 7.2, 13.7)."));
}

Status checkVerstrekking(const VerstrekkingFacts &facts)
{
    if (!facts.toThirdParty && !facts.recipientIsMember)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Deze partij neemt niet (meer) deel aan het convenant; aan haar wordt niets verstrekt (P 27.3)."));
    if (!facts.everyGegevenShareable)
        return fail(ErrorCode::AccessDenied,
                    QStringLiteral("Een gegeven onder beroepsgeheim of op grond van toestemming zonder geldige toestemming of "
                                   "doorbreking mag niet worden verstrekt (P 7.2, 13.7)."));
    const bool legalObligation = !facts.legalObligation.trimmed().isEmpty();
    // P 23.1: outside the casusoverleg's participants only on a legal obligation.
    if ((facts.toThirdParty || !facts.recipientInsideOverleg) && !legalObligation)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Verstrekking buiten de deelnemers aan het casusoverleg kan alleen op grond van een "
                                   "wettelijke verplichting, en die moet worden vastgelegd (P 23.1)."));
    // C 17.2: the supplier decides who gets its data, unless the law obliges the disclosure (P 23.1).
    if (!facts.everyGegevenApprovedForRecipient && !legalObligation)
        return fail(ErrorCode::AccessDenied,
                    QStringLiteral("De leverende partij heeft deze gegevens niet goedgekeurd voor deze ontvanger (C 17.2); "
                                   "zonder die goedkeuring kan alleen een wettelijke verplichting de verstrekking dragen (P 23.1)."));
    // Wpg 32, Wjsg 39j (P 8.1): police and OM data go out only with the necessity stated.
    if (facts.policeOrOmData && facts.necessity.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Bij verstrekking van politie- of OM-gegevens is een onderbouwing van de noodzaak verplicht (P 8.1)."));
    // C 10.3: to third parties only with the supplying party's prior written consent.
    if (facts.toThirdParty && facts.supplierWrittenConsent.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Informatie uit het casusoverleg gaat alleen naar derden met voorafgaande schriftelijke "
                                   "toestemming van de partij die haar inbracht (C 10.3)."));
    return {};
}

} // namespace casusregie::DisclosureRules
