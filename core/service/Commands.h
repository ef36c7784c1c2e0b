#pragma once

#include "domain/Betrokkene.h"
#include "domain/Datalek.h"
#include "domain/Informatieplicht.h"
#include "domain/Verzoek.h"
#include "domain/Casus.h"
#include "domain/CasusStatus.h"
#include "domain/DataCategory.h"
#include "domain/Gegeven.h"
#include "domain/Approval.h"
#include "domain/Overleg.h"
#include "domain/Consent.h"
#include "domain/User.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casusregie {

// The arguments of the service's commands and the shapes of its answers.

struct NewAanmelding {
    QString reden; // submitted for the user's own party, dated today
};

// What a search or a party's list of aanmeldingen shows: no personal data.
struct CasusOverview {
    qint64 id = 0;
    CasusNumber number;
    Phase phase = Phase::Aanmelding;
    QDate aanmeldingsdatum;
    qint64 aanmeldendePartijId = 0;
    // On a page of the worklist only: since when in its phase, the hoofdpersoon's name (for the
    // procesregisseur, where the policy allows) and what needs attention (see CasusStatus).
    QDate phaseSince;
    QString hoofdpersoon;
    CaseAttention attention;
};

// A partner's own aanmelding as its organisation submitted it: what, when, and how far it is.
struct OwnAanmelding {
    CasusOverview overview;
    QString reden;
    bool takenOn = false; // a procesregisseur took it on
};

// A page of a long list of casussen, newest aanmelding first. The next page starts after the last
// casus of this one: give its aanmeldingsdatum and id (id 0: the first page).
struct PageRequest {
    QDate afterDate;
    qint64 afterId = 0;
    int limit = 50; // 1 to maxPageSize
    static constexpr int maxPageSize = 200;
};

struct CasusPage {
    QList<CasusOverview> items;
    bool more = false; // another page follows
};

struct CaseSearch {
    QString casusnummer;   // e.g. "2026-0001"; or
    QString naam;          // a betrokkene's name,
    QDate geboortedatum;   // with the birth date when known
};

struct NewGegeven {
    qint64 casusId = 0;
    qint64 betrokkeneId = 0;
    DataCategory category = DataCategory::Personalia;
    QString content;
    qint64 supplierPartyId = 0;
    Grondslag grondslag = Grondslag::Avg6_1e;
    bool beroepsgeheim = false;
    QString necessityReason;
};

struct NewApproval {
    qint64 gegevenId = 0;
    QList<qint64> recipientPartyIds;
    Verwerkingsdoel purpose = Verwerkingsdoel::GezamenlijkBeeld; // of the casus's current phase (B2)
    QString approvedBy;
    QDate approvedOn;
    QString how;
};

struct NewSecrecyOverride {
    qint64 gegevenId = 0;
    SecrecyOverrideGround legalGround = SecrecyOverrideGround::ConflictVanPlichten; // bijvoegsel 4
    QString motivation;
    QString decidedBy; // who at the supplying party decided
};

// A phase transition together with the review of every item held (P 3.5b).
struct PhaseChange {
    qint64 casusId = 0;
    Phase from = Phase::Aanmelding;
    Phase to = Phase::Aanmelding;
    QString decision;
    QString basis;
    QList<GegevenReview> reviews;
    // P 11.6: reopening after afschaling needs a new melding about the same person on record: the
    // casus it was registered as.
    qint64 newMeldingCasusId = 0;
};

struct OverlegOutcome {
    qint64 overlegId = 0;
    QList<qint64> attendingPartyIds;
    QString minutes;
};

struct NewBesluit {
    qint64 overlegId = 0;
    BesluitSoort soort = BesluitSoort::Algemeen;
    QString text;
    QString escalatedTo;
    QString outcome;
};

// A verzoek with its legal deadline and whether it is overdue (P 17-20, Algemene termijnenwet).
struct VerzoekStatus {
    Verzoek verzoek;
    QDate deadline;
    bool overdue = false;
};

// One item held about the requester, as the one who decides on the request sees it: where it is
// and who supplied it, never its content. Items of the OM and the police are not answered here
// but routed to their own desks (P 17.5, 17.6).
struct VerzoekItem {
    qint64 gegevenId = 0;
    qint64 casusId = 0;
    QString casusnummer;
    DataCategory category = DataCategory::Personalia;
    qint64 supplierPartyId = 0;
    Phase phase = Phase::Aanmelding;
    bool routedToOm = false;
    bool routedToPolitie = false;
    QString content; // what the hoofd corrects or erases under the request (P 19, 20)
};

// What the hoofd sees before deciding on a request (issue 14): the request, its deadline and how
// that was computed, and, once the requester's identity is verified (P 18.4), the casussen and
// items that concern the requester.
struct VerzoekDossier {
    VerzoekStatus status;
    QString deadlineBasis; // e.g. "een maand na ontvangst (P 18.2), op de eerstvolgende werkdag"
    QStringList casusnummers;
    QList<VerzoekItem> items;
    int keptOmVerstrekkingen = 0; // P 17.5: records of destroyed casussen, routed to the OM
};

struct DatalekStatus {
    Datalek datalek;
    DatalekClocks clocks;
};

struct InformatieplichtReview {
    qint64 casusId = 0;
    Informatieplicht record;
};

struct NewUser {
    User user;
    QString password;
};

} // namespace casusregie
