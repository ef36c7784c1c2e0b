#pragma once

#include "common/Result.h"
#include "domain/Betrokkene.h"
#include "domain/Datalek.h"
#include "domain/Informatieplicht.h"
#include "domain/Overleg.h"
#include "domain/Party.h"
#include "domain/Register.h"
#include "domain/Retention.h"
#include "domain/Consent.h"
#include "domain/Verstrekking.h"
#include "domain/Verzoek.h"
#include "service/Commands.h"
#include "storage/AuditLog.h"

#include <QDate>

// Issue 9, point 21: the service's own limits on what a command may carry (lengths, line breaks,
// plausible dates), so a client that skips its form checks still cannot store it. One overload
// per command; the service calls it after the access decision, so a refused caller learns nothing
// from the answer about the input's shape.
namespace casusregie::InputChecks {

Status check(const NewAanmelding &aanmelding);
Status check(const AuditQuery &query);
Status check(const CaseSearch &search, QDate today);
Status checkGoal(const QString &doel);
Status checkPartyRole(const QString &role);
Status check(const Bekendheidscheck &check);
Status check(const Informatieverzoek &verzoek);
Status check(const PhaseChange &change);
Status check(const Betrokkene &betrokkene, QDate today);
Status check(const NewGegeven &gegeven);
Status check(const NewApproval &approval);
Status check(const Consent &consent);
Status check(const NewSecrecyOverride &override);
Status check(const Verstrekking &verstrekking);
Status check(const Overleg &overleg);
Status checkSchedule(const QDateTime &datum, const QString &plaats);
Status check(const OverlegOutcome &outcome);
Status check(const NewBesluit &besluit);
Status checkCriteria(const QString &criteria);
Status check(const Afspraak &afspraak);
Status checkAfspraakResult(const QString &result);
Status checkNote(const QString &note);
Status check(const RetentionExtension &extension);
Status check(const Calamiteitsevaluatie &evaluation);
Status check(const Verzoek &verzoek, QDate today);
Status checkHow(const QString &how);
Status checkMotivation(const QString &motivation);
Status checkContent(const QString &content);
Status check(const Informatieplicht &record);
Status check(const Datalek &datalek);
Status checkReference(const QString &reference);
Status check(const Verwerking &verwerking);
Status check(const Verwerker &verwerker);
Status check(const Party &party);
Status check(const MembershipChange &change);
Status check(const NewUser &user);
Status checkPassword(const QString &password);

} // namespace casusregie::InputChecks
