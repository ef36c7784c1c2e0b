#pragma once

#include "TestSupport.h"

#include "security/PasswordHasher.h"
#include "service/LocalService.h"
#include "storage/CasusRepository.h"
#include "storage/GegevenRepository.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QMap>

#include <map>
#include <memory>

namespace casusregie::test {

// A database with one user per role, each of a plausible party, all screened (P 13.1, 13.3),
// and a service per user, logged in. Every call below goes through the service gate alone.
class ServiceWorld {
public:
    static inline const QString password = QStringLiteral("een lang genoeg wachtwoord");

    ServiceWorld()
        : setup(clock)
    {
        const QList<Party> all = *PartyRepository(setup.database()).all();
        for (const Party &party : all)
            m_partyIds.insert(party.shortName, party.id);
        addUser(QStringLiteral("pr1"), Role::Procesregisseur, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("pr2"), Role::Procesregisseur, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("cr"), Role::Casusregisseur, QStringLiteral("Antes"));
        addUser(QStringLiteral("politie"), Role::Partnerdeelnemer, QStringLiteral("Politie"));
        addUser(QStringLiteral("om"), Role::Partnerdeelnemer, QStringLiteral("OM"));
        addUser(QStringLiteral("antes"), Role::Partnerdeelnemer, QStringLiteral("Antes"));
        addUser(QStringLiteral("vt"), Role::Partnerdeelnemer, QStringLiteral("Veilig Thuis"));
        addUser(QStringLiteral("admin"), Role::Administratief, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("hoofd"), Role::Hoofd, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("privacy"), Role::Privacyfunctionaris, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("fb"), Role::FunctioneelBeheer, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("analist"), Role::DataAnalist, QStringLiteral("Rotterdam"));
        addUser(QStringLiteral("fg"), Role::FgAuditor, QStringLiteral("Rotterdam"));
    }

    qint64 party(const QString &shortName) const { return m_partyIds.value(shortName); }
    qint64 userId(const QString &username) const { return m_userIds.value(username); }

    // The service as seen by this user, logged in.
    LocalService &as(const QString &username)
    {
        auto &service = m_services[username];
        if (!service) {
            service = std::make_unique<LocalService>(setup.database(), clock, setup.auditKey);
            REQUIRE(service->login(username, password).has_value());
        }
        return *service;
    }

    qint64 addUser(const QString &username, Role role, const QString &partyShortName, bool screened = true)
    {
        User user;
        user.username = username;
        user.displayName = username;
        user.partyId = party(partyShortName);
        user.roles = {role};
        if (screened) {
            user.geheimhoudingsverklaring = QDate(2025, 1, 1);
            user.vogOfScreening = QDate(2025, 1, 1);
        }
        static const QString hash = *PasswordHasher::hash(password); // hashed once: Argon2id is slow on purpose
        auto id = UserRepository(setup.database()).add(user, hash, clock.now());
        REQUIRE(id.has_value());
        m_userIds.insert(username, *id);
        return *id;
    }

    // An aanmelding by the police, taken on by pr1, with the police, Antes and the OM involved.
    qint64 newCase()
    {
        auto aanmelding = as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Escalerende overlast en zorgen")});
        REQUIRE(aanmelding.has_value());
        const qint64 casusId = aanmelding->id;
        REQUIRE(as(QStringLiteral("pr1")).takeOnCase(casusId).has_value());
        for (const char *shortName : {"Politie", "Antes", "OM"})
            REQUIRE(as(QStringLiteral("pr1")).addInvolvedParty(casusId, party(QLatin1String(shortName)), QStringLiteral("betrokken")).has_value());
        return casusId;
    }

    // A betrokkene added by pr1, who then asks the parties involved by newCase() (police, Antes,
    // OM) for information about them, as in triage: so those parties see the person and may add
    // their own items about them. `asked` names the parties asked; empty leaves the person unknown to every party.
    qint64 addBetrokkene(qint64 casusId, BetrokkeneCategorie categorie = BetrokkeneCategorie::I,
                         const QString &naam = QStringLiteral("Ümit Çelik"),
                         const QStringList &asked = {QStringLiteral("Politie"), QStringLiteral("Antes"), QStringLiteral("OM")})
    {
        auto id = as(QStringLiteral("pr1")).addBetrokkene({0, casusId, categorie, naam, QDate(1990, 5, 17), QStringLiteral("hoofdpersoon")});
        REQUIRE(id.has_value());
        for (const QString &shortName : asked)
            REQUIRE(as(QStringLiteral("pr1")).requestInformation({0, casusId, *id, party(shortName), QStringLiteral("Wat is bij u bekend?"), 0, {}})
                        .has_value());
        return *id;
    }

    Result<qint64> addGegeven(const QString &as_, qint64 casusId, qint64 betrokkeneId, DataCategory category,
                           const QString &supplier, Grondslag grondslag, bool beroepsgeheim = false,
                           const QString &reason = {})
    {
        return as(as_).addGegeven({casusId, betrokkeneId, category, QStringLiteral("inhoud %1").arg(enumKey(category)),
                                   party(supplier), grondslag, beroepsgeheim, reason});
    }

    // Plans an overleg of the casus with these parties invited.
    // An overleg of the casus a week from now with these parties invited, complete but not planned.
    Overleg overleg(qint64 casusId, const QList<qint64> &invited) const
    {
        Overleg overleg;
        overleg.casusId = casusId;
        overleg.datum = clock.now().addDays(7);
        overleg.doel = QStringLiteral("Gezamenlijk beeld en plan");
        overleg.decisionTypes = QStringLiteral("plan van aanpak, casusregisseur");
        overleg.invitedPartyIds = invited;
        return overleg;
    }

    qint64 planOverleg(qint64 casusId, const QList<qint64> &invited)
    {
        auto id = as(QStringLiteral("pr1")).planOverleg(overleg(casusId, invited));
        REQUIRE(id.has_value());
        return *id;
    }

    // Takes the casus (without items) through triage and a casusoverleg to afschaling, today.
    void afschalen(qint64 casusId)
    {
        LocalService &pr = as(QStringLiteral("pr1"));
        REQUIRE(pr.setGoalAndThemes(casusId, QStringLiteral("Stabiliseren"), {Theme::Overig}).has_value());
        REQUIRE(pr.changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("triage"), {}, {}}).has_value());
        const qint64 overleg = planOverleg(casusId, {party(QStringLiteral("Politie"))});
        REQUIRE(pr.changePhase({casusId, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar overleg"), QStringLiteral("triage"), {}, {}}).has_value());
        REQUIRE(pr.recordBesluit(casusId, {overleg, BesluitSoort::Afschaling, QStringLiteral("Afschalen"), {}, {}}).has_value());
        REQUIRE(pr.setAfschalingscriteria(casusId, QStringLiteral("Woning stabiel")).has_value());
        REQUIRE(pr.changePhase({casusId, Phase::Casusoverleg, Phase::Afschaling, QStringLiteral("Afgeschaald"),
                                QStringLiteral("besluit casusoverleg"), {}, {}})
                    .has_value());
    }

    // An approval for the first purpose of the phase the item's casus is in now (B2).
    NewApproval approval(qint64 gegevenId, const QList<qint64> &recipients)
    {
        const auto gegeven = GegevenRepository(setup.database()).byId(gegevenId);
        const auto casus = gegeven ? CasusRepository(setup.database()).byId(gegeven->casusId) : Result<Casus>(std::unexpected(gegeven.error()));
        const Phase phase = casus ? casus->phase : Phase::Aanmelding;
        Verwerkingsdoel purpose = Verwerkingsdoel::ToetsenCriteria;
        for (const Verwerkingsdoel doel : allEnumValues<Verwerkingsdoel>()) {
            if (phaseOf(doel) == phase) {
                purpose = doel;
                break;
            }
        }
        return NewApproval{gegevenId, recipients, purpose,
                           QStringLiteral("teamleider van de leverende partij"), clock.today(), QStringLiteral("per e-mail")};
    }

    // Informing the betrokkene withheld on a P 16.6 ground, complete as P 16.7 asks, reviewed on `reviewOn`.
    Informatieplicht withheldInforming(qint64 betrokkeneId, QDate reviewOn) const
    {
        Informatieplicht withheld;
        withheld.betrokkeneId = betrokkeneId;
        withheld.ground = UitstelGrond::Strafvorderlijk;
        withheld.motivation = QStringLiteral("Lopend opsporingsonderzoek");
        withheld.expectedOn = clock.today().addMonths(3);
        withheld.conditions = QStringLiteral("Na afronding van het onderzoek");
        withheld.reviewOn = reviewOn;
        return withheld;
    }

    // Consent of the betrokkene to this supplier, given today, complete as P 7.2 asks.
    Consent consent(qint64 betrokkeneId, const QString &supplier) const
    {
        return Consent{0, betrokkeneId, party(supplier), ConsentGiver::Betrokkene, {}, clock.today(),
                           QStringLiteral("delen in het ZVH"), QStringLiteral("schriftelijk"), true, {}, 0};
    }

    QList<qint64> visibleGegevenIds(const QString &username, qint64 casusId)
    {
        QList<qint64> ids;
        auto items = as(username).gegevens(casusId);
        if (items) {
            for (const Gegeven &gegeven : *items)
                ids << gegeven.id;
        }
        return ids;
    }

    FakeClock clock;
    InitialisedDatabase setup;

private:
    QMap<QString, qint64> m_partyIds;
    QMap<QString, qint64> m_userIds;
    std::map<QString, std::unique_ptr<LocalService>> m_services;
};

} // namespace casusregie::test
