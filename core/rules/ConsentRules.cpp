#include "rules/ConsentRules.h"

namespace casusregie::ConsentRules {

Status checkRecord(const Consent &consent, QDate casusStarted, QDate today)
{
    if (!consent.givenOn.isValid() || consent.givenOn > today)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Leg vast op welke datum de toestemming is gegeven."));
    if (consent.givenOn < casusStarted)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("De toestemming ligt vóór de aanmelding van de casus; leg de toestemming voor deze casus vast."));
    if (consent.scope.trimmed().isEmpty() || consent.recordedHow.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Leg de reikwijdte van de toestemming vast en hoe die is vastgelegd (P 7.2)."));
    if (consent.givenBy == ConsentGiver::WettelijkVertegenwoordiger && consent.representativeName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Noem de wettelijk vertegenwoordiger die toestemming gaf."));
    if (!consent.toldCanWithdraw)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("De betrokkene moet zijn verteld dat de toestemming kan worden ingetrokken (P 7.2)."));
    return {};
}

Status checkSecrecyOverride(const SecrecyOverride &override)
{
    if (override.decidedBy.trimmed().isEmpty() || override.motivation.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een doorbreking van het beroepsgeheim vraagt wie bij de leverende partij besloot, de "
                                   "wettelijke grond (bijvoegsel 4) en een motivering."));
    return {};
}

} // namespace casusregie::ConsentRules
