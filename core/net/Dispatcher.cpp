#include "net/Dispatcher.h"

#include "net/CborSchema.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace casusregie::Dispatcher {

namespace {

using Handler = std::function<Result<QCborValue>(Service &, const QCborMap &)>;

template <typename T>
Result<QCborValue> reply(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return cbor::encode(*result);
}

Result<QCborValue> reply(const Status &status)
{
    if (!status)
        return std::unexpected(status.error());
    return QCborValue(QCborValue::Null);
}

// One handler per service method: decodes each parameter by its protocol name, refuses malformed
// arguments before the service sees them, and encodes the result.
template <typename R, typename... P, typename... Names>
Handler method(R (Service::*function)(P...), Names... names)
{
    static_assert(sizeof...(P) == sizeof...(Names), "one protocol name per parameter");
    return [function, names...](Service &service, const QCborMap &args) -> Result<QCborValue> {
        cbor::DecodeGuard guard;
        std::tuple<std::remove_cvref_t<P>...> values{cbor::decode<std::remove_cvref_t<P>>(args.value(QLatin1String(names)))...};
        if (guard.failed())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Ongeldige argumenten voor deze handeling."));
        return reply(std::apply([&](auto &...value) { return (service.*function)(value...); }, values));
    };
}

const QHash<QString, Handler> &handlers()
{
    using S = Service;
    static const QHash<QString, Handler> table{
        {QStringLiteral("secondFactorRequired"),
         [](Service &service, const QCborMap &) -> Result<QCborValue> { return QCborValue(service.secondFactorRequired()); }},
        {QStringLiteral("parties"), method(&S::parties)},
        {QStringLiteral("submitAanmelding"), method(&S::submitAanmelding, "aanmelding")},
        {QStringLiteral("ownPartyAanmeldingen"), method(&S::ownPartyAanmeldingen)},
        {QStringLiteral("searchCases"), method(&S::searchCases, "search")},
        {QStringLiteral("worklist"), method(&S::worklist)},
        {QStringLiteral("casus"), method(&S::casus, "casusId")},
        {QStringLiteral("takeOnCase"), method(&S::takeOnCase, "casusId")},
        {QStringLiteral("assignProcesregisseur"), method(&S::assignProcesregisseur, "casusId", "userId")},
        {QStringLiteral("unassignProcesregisseur"), method(&S::unassignProcesregisseur, "casusId", "userId")},
        {QStringLiteral("setGoalAndThemes"), method(&S::setGoalAndThemes, "casusId", "doel", "themes")},
        {QStringLiteral("addInvolvedParty"), method(&S::addInvolvedParty, "casusId", "partyId", "role")},
        {QStringLiteral("recordBekendheidscheck"), method(&S::recordBekendheidscheck, "check")},
        {QStringLiteral("requestInformation"), method(&S::requestInformation, "verzoek")},
        {QStringLiteral("changePhase"), method(&S::changePhase, "change")},
        {QStringLiteral("addBetrokkene"), method(&S::addBetrokkene, "betrokkene")},
        {QStringLiteral("betrokkenen"), method(&S::betrokkenen, "casusId")},
        {QStringLiteral("addGegeven"), method(&S::addGegeven, "gegeven")},
        {QStringLiteral("gegevens"), method(&S::gegevens, "casusId")},
        {QStringLiteral("recordApproval"), method(&S::recordApproval, "casusId", "approval")},
        {QStringLiteral("withdrawApproval"), method(&S::withdrawApproval, "casusId", "approvalId")},
        {QStringLiteral("recordConsent"), method(&S::recordConsent, "casusId", "consent")},
        {QStringLiteral("withdrawConsent"), method(&S::withdrawConsent, "casusId", "consentId")},
        {QStringLiteral("consents"), method(&S::consents, "casusId")},
        {QStringLiteral("recordSecrecyOverride"), method(&S::recordSecrecyOverride, "casusId", "override")},
        {QStringLiteral("recordVerstrekking"), method(&S::recordVerstrekking, "verstrekking")},
        {QStringLiteral("planOverleg"), method(&S::planOverleg, "overleg")},
        {QStringLiteral("scheduleOverleg"), method(&S::scheduleOverleg, "casusId", "overlegId", "datum", "plaats")},
        {QStringLiteral("recordOverlegOutcome"), method(&S::recordOverlegOutcome, "casusId", "outcome")},
        {QStringLiteral("recordBesluit"), method(&S::recordBesluit, "casusId", "besluit")},
        {QStringLiteral("appointCasusregisseur"), method(&S::appointCasusregisseur, "casusId", "userId")},
        {QStringLiteral("setAfschalingscriteria"), method(&S::setAfschalingscriteria, "casusId", "criteria")},
        {QStringLiteral("addAfspraak"), method(&S::addAfspraak, "afspraak")},
        {QStringLiteral("updateAfspraakStatus"), method(&S::updateAfspraakStatus, "casusId", "afspraakId", "status", "result")},
        {QStringLiteral("addMonitoringNote"), method(&S::addMonitoringNote, "casusId", "note")},
        {QStringLiteral("afspraken"), method(&S::afspraken, "casusId")},
        {QStringLiteral("overleggen"), method(&S::overleggen, "casusId")},
        {QStringLiteral("recordRetentionExtension"), method(&S::recordRetentionExtension, "extension")},
        {QStringLiteral("recordCalamiteitsevaluatie"), method(&S::recordCalamiteitsevaluatie, "evaluation")},
        {QStringLiteral("calamiteitsevaluaties"), method(&S::calamiteitsevaluaties, "casusId")},
        {QStringLiteral("annualFigures"), method(&S::annualFigures, "year")},
        {QStringLiteral("registerVerzoek"), method(&S::registerVerzoek, "verzoek")},
        {QStringLiteral("verzoeken"), method(&S::verzoeken)},
        {QStringLiteral("verifyIdentity"), method(&S::verifyIdentity, "verzoekId", "on", "how")},
        {QStringLiteral("decideVerzoek"), method(&S::decideVerzoek, "verzoekId", "besluit", "motivation")},
        {QStringLiteral("markVerzoekSent"), method(&S::markVerzoekSent, "verzoekId", "sentOn")},
        {QStringLiteral("inzageOverzicht"), method(&S::inzageOverzicht, "verzoekId")},
        {QStringLiteral("correctGegeven"), method(&S::correctGegeven, "verzoekId", "gegevenId", "content")},
        {QStringLiteral("deleteGegeven"), method(&S::deleteGegeven, "verzoekId", "gegevenId")},
        {QStringLiteral("recordInformatieplicht"), method(&S::recordInformatieplicht, "casusId", "record")},
        {QStringLiteral("informatieplichtReviewsDue"), method(&S::informatieplichtReviewsDue)},
        {QStringLiteral("reportDatalek"), method(&S::reportDatalek, "datalek")},
        {QStringLiteral("assessDatalek"), method(&S::assessDatalek, "datalek")},
        {QStringLiteral("recordApNotification"), method(&S::recordApNotification, "datalekId", "at", "reference")},
        {QStringLiteral("datalekken"), method(&S::datalekken)},
        {QStringLiteral("verwerkingsregister"), method(&S::verwerkingsregister)},
        {QStringLiteral("saveVerwerking"), method(&S::saveVerwerking, "verwerking")},
        {QStringLiteral("verwerkers"), method(&S::verwerkers)},
        {QStringLiteral("addVerwerker"), method(&S::addVerwerker, "verwerker")},
        {QStringLiteral("markVerwerkerReviewed"), method(&S::markVerwerkerReviewed, "verwerkerId", "on")},
        {QStringLiteral("addParty"), method(&S::addParty, "party")},
        {QStringLiteral("recordMembershipChange"), method(&S::recordMembershipChange, "change")},
        {QStringLiteral("membershipHistory"), method(&S::membershipHistory)},
        {QStringLiteral("auditTrail"), method(&S::auditTrail, "casusId")},
        {QStringLiteral("verifyAuditChain"), method(&S::verifyAuditChain)},
        {QStringLiteral("bewaardeOmVerstrekkingen"), method(&S::bewaardeOmVerstrekkingen)},
        {QStringLiteral("addUser"), method(&S::addUser, "user")},
        {QStringLiteral("setUserRoles"), method(&S::setUserRoles, "userId", "roles")},
        {QStringLiteral("setUserActive"), method(&S::setUserActive, "userId", "active")},
        {QStringLiteral("unlockUser"), method(&S::unlockUser, "userId")},
        {QStringLiteral("resetPassword"), method(&S::resetPassword, "userId", "oneTimePassword")},
        {QStringLiteral("resetSecondFactor"), method(&S::resetSecondFactor, "userId")},
        {QStringLiteral("roleGrants"), method(&S::roleGrants)},
        {QStringLiteral("decideRoleGrant"), method(&S::decideRoleGrant, "grantId", "confirm")},
        {QStringLiteral("changeOwnPassword"), method(&S::changeOwnPassword, "current", "proposed")},
        {QStringLiteral("beginSecondFactorEnrolment"), method(&S::beginSecondFactorEnrolment)},
        {QStringLiteral("confirmSecondFactorEnrolment"), method(&S::confirmSecondFactorEnrolment, "code")},
        {QStringLiteral("users"), method(&S::users)},
    };
    return table;
}

} // namespace

Result<QCborValue> dispatch(Service &service, const QString &op, const QCborMap &args)
{
    const auto handler = handlers().constFind(op);
    if (handler == handlers().cend())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Onbekende handeling."));
    return (*handler)(service, args);
}

QStringList operations()
{
    QStringList names = handlers().keys();
    names.sort();
    return names;
}

} // namespace casusregie::Dispatcher
