#include "demo/DemoGenerator.h"

#include "demo/DemoRandom.h"
#include "rules/Operation.h"
#include "security/PasswordHasher.h"
#include "storage/ApprovalRepository.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/CasusRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/DatalekRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/PartyRepository.h"
#include "storage/PlanRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/TriageRepository.h"
#include "storage/UserRepository.h"
#include "storage/VerstrekkingRepository.h"
#include "storage/VerzoekRepository.h"

#include <QMap>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

namespace casusregie::demo {

namespace {

// One early return per step: the generator is a long recipe of storage calls.
#define DEMO_TRY(expression)                                                                                           \
    if (auto step = (expression); !step)                                                                               \
        return std::unexpected(step.error());

class Generator {
public:
    Generator(Database &database, const Clock &clock, quint64 seed)
        : m_database(database)
        , m_clock(clock)
        , m_random(seed)
    {
    }

    Status run(int cases, const std::function<void(int, int)> &progress);
    DemoSummary summary() const { return m_summary; }

private:
    Status loadParties();
    Status addAccounts();
    // What the stages of one demo casus hand on to the next.
    struct DemoCase {
        Casus casus;
        qint64 persoon = 0;
        qint64 zorgGegeven = 0;
        qint64 consentId = 0;
        qint64 overlegId = 0;
        QList<Theme> themes;
        QDate triageOn;
        QDate overlegOn;
    };

    Status addCase(QDate aanmeldingsdatum);
    Status addSummaryShowcase(QDate aanmeldingsdatum);
    Status registerCase(DemoCase &demo, QDate aanmeldingsdatum, qint64 procesregisseur = 0);
    Result<qint64> addBetrokkene(const Casus &casus, BetrokkeneCategorie categorie, QDate birth, const QString &role);
    Status addPeople(DemoCase &demo);
    // Each stage answers whether the casus goes on to the next (its date is not after today).
    Result<bool> triage(DemoCase &demo);
    Result<bool> toOverleg(DemoCase &demo);
    Result<bool> holdOverleg(DemoCase &demo);
    Result<bool> afschalen(DemoCase &demo);
    Status keepLonger(const DemoCase &demo);
    Result<qint64> addItem(const Casus &casus, qint64 betrokkeneId, DataCategory category, const char *supplier,
                           Grondslag grondslag, Phase phase, const QDateTime &at, bool secret = false);
    Status advance(Casus &casus, Phase to, const QDateTime &at, const QString &decision, bool keepAll = false);
    Status addRequestsAndBreaches();
    Status addVerzoeken(const QString &requester, QDate birth);
    Status addDatalekken();
    Status addWithheldInformation(qint64 betrokkeneId);

    QDateTime moment(QDate day) const { return QDateTime(day, QTime(10, 0), QTimeZone::utc()); }
    qint64 party(const char *shortName) const { return m_parties.value(QLatin1String(shortName)); }

    Database &m_database;
    const Clock &m_clock;
    DemoRandom m_random;
    QMap<QString, qint64> m_parties;
    QMap<QString, qint64> m_users;
    DemoSummary m_summary;
};

Status Generator::loadParties()
{
    auto parties = PartyRepository(m_database).all();
    if (!parties)
        return std::unexpected(parties.error());
    for (const Party &p : *parties)
        m_parties.insert(p.shortName, p.id);
    return {};
}

Status Generator::addAccounts()
{
    struct Account {
        const char *username;
        const char *name;
        Role role;
        const char *party;
    };
    static constexpr std::array accounts{
        Account{"pr.devries", "Anouk de Vries", Role::Procesregisseur, "Rotterdam"},
        Account{"pr.bakker", "Daan Bakker", Role::Procesregisseur, "Rotterdam"},
        Account{"cr.yilmaz", "Ayşe Yılmaz", Role::Casusregisseur, "Antes"},
        Account{"politie.jansen", "Kees Jansen", Role::Partnerdeelnemer, "Politie"},
        Account{"om.visser", "Lotte Visser", Role::Partnerdeelnemer, "OM"},
        Account{"antes.elamrani", "Fatima El Amrani", Role::Partnerdeelnemer, "Antes"},
        Account{"admin.smit", "Sanne Smit", Role::Administratief, "Rotterdam"},
        Account{"hoofd.dekker", "Jeroen Dekker", Role::Hoofd, "Rotterdam"},
        Account{"privacy.mulder", "Esmée Mulder", Role::Privacyfunctionaris, "Rotterdam"},
        Account{"analist.bos", "Björn Bos", Role::DataAnalist, "Rotterdam"},
        Account{"fg.vos", "Inès Vos", Role::FgAuditor, "Rotterdam"},
    };
    auto hash = PasswordHasher::hash(demoPassword); // one hash for all: Argon2id is slow on purpose
    if (!hash)
        return std::unexpected(hash.error());
    UserRepository users(m_database);
    for (const Account &account : accounts) {
        User user;
        user.username = QLatin1String(account.username);
        user.displayName = QString::fromUtf8(account.name) + QStringLiteral(" (demo)");
        user.partyId = party(account.party);
        user.roles = {account.role};
        user.geheimhoudingsverklaring = m_clock.today().addYears(-2);
        user.vogOfScreening = m_clock.today().addYears(-2);
        auto id = users.add(user, *hash, m_clock.now());
        if (!id)
            return std::unexpected(id.error());
        m_users.insert(user.username, *id);
        m_summary.accounts << DemoAccount{user.username, enumLabel(account.role)};
    }
    return {};
}

Result<qint64> Generator::addItem(const Casus &casus, qint64 betrokkeneId, DataCategory category, const char *supplier,
                                  Grondslag grondslag, Phase phase, const QDateTime &at, bool secret)
{
    Gegeven gegeven;
    gegeven.casusId = casus.id;
    gegeven.betrokkeneId = betrokkeneId;
    gegeven.category = category;
    gegeven.content = QStringLiteral("%1 (fictief demogegeven)").arg(enumLabel(category));
    gegeven.supplierPartyId = party(supplier);
    gegeven.phase = phase;
    gegeven.grondslag = grondslag;
    gegeven.beroepsgeheim = secret;
    gegeven.necessityReason = isSpecialCategory(category) ? QStringLiteral("Nodig voor de aanpak in deze casus (fictief)") : QString();
    gegeven.enteredByUserId = casus.procesregisseurIds.value(0);
    gegeven.enteredAt = at;
    ++m_summary.gegevens;
    return GegevenRepository(m_database).add(gegeven);
}

// Issue 12's example of the printed case summary (docs/documents.md): a casus of pr.devries in
// casusoverleg with an overleg next week for the police, Antes and the OM, items from four
// suppliers, and approvals for two of the three invited parties (the OM sees only its own item).
Status Generator::addSummaryShowcase(QDate aanmeldingsdatum)
{
    DemoCase demo;
    DEMO_TRY(registerCase(demo, aanmeldingsdatum, m_users.value(QStringLiteral("pr.devries"))));
    Casus &casus = demo.casus;
    auto persoon = addBetrokkene(casus, BetrokkeneCategorie::I, QDate(1987, 6, 12), QStringLiteral("hoofdpersoon"));
    if (!persoon)
        return std::unexpected(persoon.error());
    const QDateTime aangemeld = moment(aanmeldingsdatum);
    auto adres = addItem(casus, *persoon, DataCategory::Adres, "Rotterdam", Grondslag::Avg6_1e, Phase::Aanmelding, aangemeld);
    auto politie = adres ? addItem(casus, *persoon, DataCategory::Politiegegevens, "Politie", Grondslag::Wpg20, Phase::Aanmelding, aangemeld)
                         : adres;
    if (!politie)
        return std::unexpected(politie.error());
    const QDate triageOn = aanmeldingsdatum.addDays(3);
    DEMO_TRY(advance(casus, Phase::Triage, moment(triageOn), QStringLiteral("Voldoet aan de criteria voor complexe casuïstiek"), true));
    TriageRepository triage(m_database);
    for (const char *involved : {"Politie", "Antes", "OM"})
        DEMO_TRY(triage.addInvolvedParty(casus.id, party(involved), QStringLiteral("betrokken bij de hoofdpersoon")));
    const QList<Theme> themes{Theme::HighImpactCrime};
    DEMO_TRY(CasusRepository(m_database).updateGoalAndThemes(casus.id, QStringLiteral("Veiligheid in de wijk en zorg op gang (fictief)"), themes));
    auto zorg = addItem(casus, *persoon, DataCategory::Gezondheid, "Antes", Grondslag::Avg6_1e, Phase::Triage, moment(triageOn), true);
    auto om = zorg ? addItem(casus, *persoon, DataCategory::Strafvorderlijk, "OM", Grondslag::Wjsg39f, Phase::Triage, moment(triageOn)) : zorg;
    if (!om)
        return std::unexpected(om.error());
    DEMO_TRY(ConsentRepository(m_database)
                 .add({0, *persoon, party("Antes"), ConsentGiver::Betrokkene, {}, triageOn,
                       QStringLiteral("Delen van behandelinformatie in het ZVH"), QStringLiteral("schriftelijk (fictief)"), true, {},
                       casus.procesregisseurIds.value(0)}));
    Overleg overleg;
    overleg.casusId = casus.id;
    overleg.datum = QDateTime(m_clock.today().addDays(5), QTime(9, 30), QTimeZone::utc());
    overleg.plaats = QStringLiteral("ZVH Rotterdam, zaal 2");
    overleg.doel = QStringLiteral("Gezamenlijk beeld en plan van aanpak");
    overleg.themes = themes;
    overleg.decisionTypes = QStringLiteral("plan van aanpak; casusregisseur");
    overleg.invitedPartyIds = {party("Politie"), party("Antes"), party("OM")};
    DEMO_TRY(OverlegRepository(m_database).add(overleg));
    const QDate decidedOn = m_clock.today().addDays(-2);
    DEMO_TRY(advance(casus, Phase::Casusoverleg, moment(decidedOn), QStringLiteral("Door naar het casusoverleg"), true));
    const QList<std::pair<qint64, qint64>> approved{{*adres, party("Politie")}, {*adres, party("Antes")}, {*politie, party("Antes")},
                                                     {*zorg, party("Politie")},  {*om, party("Politie")},   {*om, party("Antes")}};
    ApprovalRepository approvals(m_database);
    for (const auto &[gegevenId, recipient] : approved)
        DEMO_TRY(approvals.add({0, gegevenId, recipient, Verwerkingsdoel::GezamenlijkBeeld, Phase::Casusoverleg,
                                QStringLiteral("teamleider (fictief)"), decidedOn, QStringLiteral("per e-mail"), {},
                                casus.procesregisseurIds.value(0)}));
    return {};
}

// Reviews every item held (P 3.5b), mostly kept, sometimes withdrawn, and moves the casus on.
Status Generator::advance(Casus &casus, Phase to, const QDateTime &at, const QString &decision, bool keepAll)
{
    GegevenRepository items(m_database);
    auto held = items.heldForCasus(casus.id);
    if (!held)
        return std::unexpected(held.error());
    for (const Gegeven &gegeven : *held) {
        const bool keep = keepAll || m_random.chance(85);
        const GegevenReview review{gegeven.id, keep, keep ? QStringLiteral("Nog nodig voor de volgende fase")
                                                       : QStringLiteral("Niet meer nodig voor het doel")};
        DEMO_TRY(items.applyReview(review, casus.phase, to, casus.procesregisseurIds.value(0), at));
    }
    DEMO_TRY(CasusRepository(m_database)
                 .recordTransition({casus.id, casus.phase, to, at, casus.procesregisseurIds.value(0), decision,
                                    QStringLiteral("besluit %1").arg(at.date().toString(QStringLiteral("dd-MM-yyyy")))}));
    casus.phase = to;
    return {};
}

// A demo casus walks its course stage by stage until a stage's date lies after today.
Status Generator::addCase(QDate aanmeldingsdatum)
{
    DemoCase demo;
    DEMO_TRY(registerCase(demo, aanmeldingsdatum));
    DEMO_TRY(addPeople(demo));
    for (const auto stage : {&Generator::triage, &Generator::toOverleg, &Generator::holdOverleg, &Generator::afschalen}) {
        auto goesOn = (this->*stage)(demo);
        if (!goesOn)
            return std::unexpected(goesOn.error());
        if (!*goesOn)
            return {};
    }
    return keepLonger(demo);
}

Status Generator::registerCase(DemoCase &demo, QDate aanmeldingsdatum, qint64 procesregisseur)
{
    static const std::array aanmelders{"Politie", "Rotterdam", "Veilig Thuis", "Antes", "Reclassering NL", "JBRR", "Schiedam",
                                       "Vlaardingen"};
    static const QStringList redenen{
        QStringLiteral("Zorgen over verward gedrag en overlast in de buurt (fictief)"),
        QStringLiteral("Herhaald huiselijk geweld, kinderen in beeld (fictief)"),
        QStringLiteral("Terugkeer na detentie zonder woning en inkomen (fictief)"),
        QStringLiteral("Jongere betrokken bij high impact crime, school in zorg (fictief)"),
    };
    const QList<qint64> prs{m_users.value(QStringLiteral("pr.devries")), m_users.value(QStringLiteral("pr.bakker"))};
    Casus draft;
    draft.aanmeldendePartijId = party(m_random.pick(aanmelders));
    draft.aanmeldingsdatum = aanmeldingsdatum;
    draft.reden = m_random.pick(redenen);
    draft.procesregisseurIds = {procesregisseur != 0 ? procesregisseur : m_random.pick(prs)};
    auto registered = CasusRepository(m_database).registerAanmelding(draft);
    if (!registered)
        return std::unexpected(registered.error());
    demo.casus = *registered;
    ++m_summary.cases;
    return {};
}

Result<qint64> Generator::addBetrokkene(const Casus &casus, BetrokkeneCategorie categorie, QDate birth, const QString &role)
{
    auto added = BetrokkeneRepository(m_database).add({0, casus.id, categorie, m_random.personName(), birth, role});
    if (added)
        ++m_summary.betrokkenen;
    return added;
}

// Betrokkenen of every category, items from several suppliers.
Status Generator::addPeople(DemoCase &demo)
{
    const Casus &casus = demo.casus;
    const QDate birth = QDate(m_random.between(1960, 2008), m_random.between(1, 12), m_random.between(1, 28));
    auto persoon = addBetrokkene(casus, BetrokkeneCategorie::I, birth, QStringLiteral("hoofdpersoon"));
    if (!persoon)
        return std::unexpected(persoon.error());
    demo.persoon = *persoon;
    const QDateTime at = moment(casus.aanmeldingsdatum);
    DEMO_TRY(addItem(casus, *persoon, DataCategory::Adres, "Rotterdam", Grondslag::Avg6_1e, Phase::Aanmelding, at));
    if (m_random.chance(50))
        DEMO_TRY(addItem(casus, *persoon, DataCategory::Politiegegevens, "Politie", Grondslag::Wpg20, Phase::Aanmelding, at));
    if (m_random.chance(50)) {
        auto relatie = addBetrokkene(casus, BetrokkeneCategorie::II, {}, QStringLiteral("gezinslid"));
        if (!relatie)
            return std::unexpected(relatie.error());
        DEMO_TRY(addItem(casus, *relatie, DataCategory::Contact, "Rotterdam", Grondslag::Avg6_1e, Phase::Aanmelding, at));
    }
    if (m_random.chance(40)) {
        const auto categorie = m_random.chance(50) ? BetrokkeneCategorie::III : BetrokkeneCategorie::IV;
        auto medewerker = addBetrokkene(casus, categorie, {}, QStringLiteral("hulpverlener"));
        if (!medewerker)
            return std::unexpected(medewerker.error());
        DEMO_TRY(addItem(casus, *medewerker, DataCategory::ZakelijkContact, "Antes", Grondslag::Avg6_1e, Phase::Aanmelding, at));
    }
    return {};
}

Result<bool> Generator::triage(DemoCase &demo)
{
    Casus &casus = demo.casus;
    const QDate today = m_clock.today();
    demo.triageOn = casus.aanmeldingsdatum.addDays(m_random.between(3, 20));
    if (demo.triageOn > today || (casus.aanmeldingsdatum.daysTo(today) < 60 && m_random.chance(20)))
        return false;
    DEMO_TRY(advance(casus, Phase::Triage, moment(demo.triageOn), QStringLiteral("Voldoet aan de criteria voor complexe casuïstiek")));
    TriageRepository triage(m_database);
    for (const char *involved : {"Politie", "Antes", "OM"})
        DEMO_TRY(triage.addInvolvedParty(casus.id, party(involved), QStringLiteral("betrokken bij de hoofdpersoon")));
    DEMO_TRY(triage.addBekendheidscheck({0, casus.id, demo.triageOn, QStringLiteral("ZVH Zuid-Holland Zuid"),
                                         m_random.chance(20) ? QStringLiteral("bekend") : QStringLiteral("niet bekend")}));
    demo.themes = {m_random.pick(QList<Theme>{Theme::HuiselijkGeweld, Theme::HighImpactCrime, Theme::NazorgExGedetineerden,
                                              Theme::NazorgJeugd, Theme::Overig})};
    DEMO_TRY(CasusRepository(m_database).updateGoalAndThemes(casus.id, QStringLiteral("Stabiliseren en veiligheid borgen (fictief)"),
                                                             demo.themes));
    const QDateTime triageAt = moment(demo.triageOn);
    auto zorg = addItem(casus, demo.persoon, DataCategory::Gezondheid, "Antes", Grondslag::Avg6_1e, Phase::Triage, triageAt, true);
    if (!zorg)
        return std::unexpected(zorg.error());
    demo.zorgGegeven = *zorg;
    if (m_random.chance(40))
        DEMO_TRY(addItem(casus, demo.persoon, DataCategory::Strafvorderlijk, "OM", Grondslag::Wjsg39f, Phase::Triage, triageAt));
    const Consent consent{0, demo.persoon, party("Antes"), ConsentGiver::Betrokkene, {}, demo.triageOn,
                          QStringLiteral("Delen van behandelinformatie in het ZVH"), QStringLiteral("schriftelijk (fictief)"), true, {},
                          casus.procesregisseurIds.value(0)};
    auto consentId = ConsentRepository(m_database).add(consent);
    if (!consentId)
        return std::unexpected(consentId.error());
    demo.consentId = *consentId;
    return true;
}

// Niet doorgeleid, or on to a planned casusoverleg, with the suppliers' approvals for what the
// invited parties may see.
Result<bool> Generator::toOverleg(DemoCase &demo)
{
    Casus &casus = demo.casus;
    const QDate decidedOn = demo.triageOn.addDays(m_random.between(7, 30));
    if (decidedOn > m_clock.today())
        return false;
    if (m_random.chance(20)) {
        DEMO_TRY(advance(casus, Phase::NietDoorgeleid, moment(decidedOn), QStringLiteral("Niet complex genoeg voor het ZVH")));
        return false;
    }
    Overleg overleg;
    overleg.casusId = casus.id;
    overleg.datum = moment(decidedOn.addDays(7));
    overleg.plaats = QStringLiteral("ZVH Rotterdam, zaal 2");
    overleg.doel = QStringLiteral("Gezamenlijk beeld en plan van aanpak");
    overleg.themes = demo.themes;
    overleg.decisionTypes = QStringLiteral("plan van aanpak; casusregisseur");
    overleg.invitedPartyIds = {party("Politie"), party("Antes"), party("OM")};
    auto overlegId = OverlegRepository(m_database).add(overleg);
    if (!overlegId)
        return std::unexpected(overlegId.error());
    demo.overlegId = *overlegId;
    demo.overlegOn = overleg.datum.date();
    DEMO_TRY(advance(casus, Phase::Casusoverleg, moment(decidedOn), QStringLiteral("Door naar het casusoverleg")));

    auto held = GegevenRepository(m_database).heldForCasus(casus.id);
    if (!held)
        return std::unexpected(held.error());
    ApprovalRepository approvals(m_database);
    for (const Gegeven &gegeven : *held) {
        for (const qint64 recipient : overleg.invitedPartyIds) {
            if (recipient == gegeven.supplierPartyId || !m_random.chance(60))
                continue;
            DEMO_TRY(approvals.add({0, gegeven.id, recipient, Verwerkingsdoel::GezamenlijkBeeld, Phase::Casusoverleg,
                                    QStringLiteral("teamleider (fictief)"), decidedOn, QStringLiteral("per e-mail"), {},
                                    casus.procesregisseurIds.value(0)}));
        }
    }
    return true;
}

// The overleg held: outcome, casusregisseur, plan van aanpak, sometimes a verstrekking or a
// withdrawn consent afterwards.
Result<bool> Generator::holdOverleg(DemoCase &demo)
{
    const Casus &casus = demo.casus;
    const QDate today = m_clock.today();
    if (demo.overlegOn > today)
        return false;
    DEMO_TRY(OverlegRepository(m_database).recordOutcome(demo.overlegId, {party("Politie"), party("Antes")},
                                                         QStringLiteral("Fictief verslag van het casusoverleg")));
    DEMO_TRY(CasusRepository(m_database).setCasusregisseur(casus.id, m_users.value(QStringLiteral("cr.yilmaz"))));
    PlanRepository plan(m_database);
    DEMO_TRY(plan.addAfspraak({0, casus.id, party("Antes"), QStringLiteral("Behandeling hervatten"), demo.overlegOn.addDays(30),
                               m_random.chance(50) ? AfspraakStatus::Lopend : AfspraakStatus::Open, {}}));
    DEMO_TRY(plan.addAfspraak({0, casus.id, party("Politie"), QStringLiteral("Huisbezoek wijkagent"), demo.overlegOn.addDays(14),
                               AfspraakStatus::Afgerond, QStringLiteral("Bezoek afgelegd")}));
    if (m_random.chance(40)) {
        DEMO_TRY(VerstrekkingRepository(m_database)
                     .add({0, casus.id, {demo.zorgGegeven}, party("Politie"), {}, QStringLiteral("veilig huisbezoek"),
                           QStringLiteral("toestemming betrokkene"), {}, {}, {}, casus.procesregisseurIds.value(0),
                           moment(demo.overlegOn)}));
    }
    if (m_random.chance(20)) {
        const QDate withdrawnOn = demo.overlegOn.addDays(m_random.between(5, 60));
        if (withdrawnOn <= today) {
            DEMO_TRY(ConsentRepository(m_database).withdraw(demo.consentId, withdrawnOn));
            DEMO_TRY(ApprovalRepository(m_database).lapseForConsent(demo.persoon, party("Antes"), withdrawnOn));
        }
    }
    return true;
}

// Afschaling at various moments, sometimes closed later.
Result<bool> Generator::afschalen(DemoCase &demo)
{
    Casus &casus = demo.casus;
    const QDate afschalingOn = demo.overlegOn.addDays(m_random.between(60, 400));
    if (afschalingOn > m_clock.today() || m_random.chance(25))
        return false;
    DEMO_TRY(OverlegRepository(m_database)
                 .addBesluit({0, demo.overlegId, BesluitSoort::Afschaling, QStringLiteral("Afschalen naar de casusregisseur"), {}, {},
                              casus.procesregisseurIds.value(0), moment(afschalingOn)}));
    DEMO_TRY(CasusRepository(m_database).setAfschalingscriteria(casus.id, QStringLiteral("Drie maanden geen incidenten (fictief)")));
    DEMO_TRY(advance(casus, Phase::Afschaling, moment(afschalingOn), QStringLiteral("Afgeschaald door het casusoverleg")));
    const QDate closedOn = afschalingOn.addDays(m_random.between(30, 300));
    if (closedOn <= m_clock.today() && m_random.chance(30))
        DEMO_TRY(advance(casus, Phase::Afgesloten, moment(closedOn), QStringLiteral("Dossier afgesloten")));
    return true;
}

// Some old casussen were kept longer by a motivated decision (P 11.3-11.5).
Status Generator::keepLonger(const DemoCase &demo)
{
    const QDate fiveYears = demo.casus.aanmeldingsdatum.addYears(5);
    const QDate extensionOn = fiveYears.addDays(-m_random.between(10, 60));
    if (extensionOn > m_clock.today() || !m_random.chance(40))
        return {};
    DEMO_TRY(RetentionRepository(m_database)
                 .addExtension({0, demo.casus.id, extensionOn, m_random.between(6, 24), QStringLiteral("Politie, Antes, OM"),
                                QStringLiteral("Langdurige zorgmijding: borgen van veiligheid (convenant art. 2)"),
                                demo.casus.procesregisseurIds.value(0)}));
    return {};
}

// Verzoeken of every kind and state, datalekken with their clocks, informatieplicht and a processor.
Status Generator::addRequestsAndBreaches()
{
    // The requests are made by the first casus's hoofdpersoon, so an inzage finds something.
    auto people = BetrokkeneRepository(m_database).forCasus(1);
    const bool known = people && !people->isEmpty();
    const QString requester = known ? people->first().naam : m_random.personName();
    const QDate birth = known ? people->first().geboortedatum : QDate(1985, 1, 1);
    DEMO_TRY(addVerzoeken(requester, birth));
    DEMO_TRY(addDatalekken());
    DEMO_TRY(RegisterRepository(m_database).addVerwerker({0, QStringLiteral("Hosting Rijnmond BV (fictief)"),
                                                          QStringLiteral("beheer van de server"), m_clock.today().addMonths(-13), {}}));
    if (known)
        DEMO_TRY(addWithheldInformation(people->first().id));
    return {};
}

// One verzoek of every kind, half of them verified, one answered.
Status Generator::addVerzoeken(const QString &requester, QDate birth)
{
    const QDate today = m_clock.today();
    VerzoekRepository verzoeken(m_database);
    const std::array types{VerzoekType::Inzage, VerzoekType::Correctie, VerzoekType::Verwijdering, VerzoekType::Verzet,
                           VerzoekType::Beperking, VerzoekType::Overdraagbaarheid};
    for (int i = 0; i < int(types.size()); ++i) {
        Verzoek verzoek;
        verzoek.type = types[i];
        verzoek.receivedOn = today.addDays(-7 * (i + 1));
        verzoek.viaPartyId = party("Rotterdam");
        verzoek.requesterName = requester;
        verzoek.requesterBirthDate = birth;
        if (verzoek.type == VerzoekType::Overdraagbaarheid) {
            verzoek.besluit = VerzoekBesluit::Afgewezen;
            verzoek.motivation = QStringLiteral("Niet van toepassing (privacyprotocol artikel 21.1).");
        }
        auto id = verzoeken.add(verzoek);
        if (!id)
            return std::unexpected(id.error());
        if (i % 2 == 0) { // half of them verified, some already answered
            verzoek.id = *id;
            verzoek.identityVerifiedOn = verzoek.receivedOn.addDays(2);
            verzoek.identityVerifiedHow = QStringLiteral("identiteitsbewijs aan de balie (fictief)");
            verzoek.identityVerifiedBy = m_users.value(QStringLiteral("privacy.mulder"));
            if (i == 0) {
                verzoek.besluit = VerzoekBesluit::Toegewezen;
                verzoek.answeredBy = m_users.value(QStringLiteral("hoofd.dekker"));
                verzoek.sentOn = verzoek.receivedOn.addDays(5); // before today: an answer cannot be sent in the future
            }
            DEMO_TRY(verzoeken.update(verzoek));
        }
    }
    return {};
}

// Three datalekken, one of them reported to the privacy officer too late.
Status Generator::addDatalekken()
{
    const QDate today = m_clock.today();
    DatalekRepository datalekken(m_database);
    for (int i = 0; i < 3; ++i) {
        Datalek datalek;
        datalek.discoveredAt = moment(today.addDays(-40 * i)).addSecs(-3600 * 5);
        datalek.reportedByUserId = m_users.value(QStringLiteral("pr.bakker"));
        datalek.reportedByPartyId = party("Rotterdam");
        datalek.aardEnOmvang = QStringLiteral("Verslag naar een verkeerde ontvanger gemaild (fictief)");
        datalek.contactpersoon = QStringLiteral("privacyfunctionaris ZVHRR");
        datalek.mogelijkeMaatregelen = QStringLiteral("Ontvanger vragen te verwijderen");
        datalek.gevolgenBetrokkenen = QStringLiteral("Mogelijk bekendheid bij een derde");
        datalek.genomenMaatregelen = QStringLiteral("Ontvanger gebeld");
        datalek.privacyOfficerInformedAt = datalek.discoveredAt.addSecs(3600 * (i == 2 ? 30 : 2));
        DEMO_TRY(datalekken.add(datalek));
    }
    return {};
}

Status Generator::addWithheldInformation(qint64 betrokkeneId)
{
    const QDate today = m_clock.today();
    Informatieplicht withheld;
    withheld.betrokkeneId = betrokkeneId;
    withheld.ground = UitstelGrond::Strafvorderlijk;
    withheld.motivation = QStringLiteral("Lopend onderzoek (fictief)");
    withheld.expectedOn = today.addMonths(2);
    withheld.conditions = QStringLiteral("Na afronding van het onderzoek");
    withheld.reviewOn = today.addDays(-1);
    DEMO_TRY(VerzoekRepository(m_database).addInformatieplicht(withheld));
    return {};
}

Status Generator::run(int cases, const std::function<void(int, int)> &progress)
{
    DEMO_TRY(loadParties());
    DEMO_TRY(addAccounts());
    // Aanmeldingen spread over the last six years, in date order so case numbers follow the calendar.
    // One of them is the printed summary's example, with its overleg next week.
    QList<QDate> dates;
    for (int i = 0; i + 1 < cases; ++i)
        dates << m_clock.today().addDays(-m_random.between(0, 6 * 365));
    std::sort(dates.begin(), dates.end());
    const QDate showcaseDate = m_clock.today().addDays(-20);
    const qsizetype showcaseAt = cases > 0 ? std::upper_bound(dates.begin(), dates.end(), showcaseDate) - dates.begin() : -1;
    if (showcaseAt >= 0)
        dates.insert(showcaseAt, showcaseDate);
    const int tenth = std::max(1, cases / 10);
    for (int done = 0; done < cases; ++done) {
        DEMO_TRY(done == showcaseAt ? addSummaryShowcase(showcaseDate) : addCase(dates.at(done)));
        if (progress && ((done + 1) % tenth == 0 || done + 1 == cases))
            progress(done + 1, cases);
    }
    return addRequestsAndBreaches();
}

} // namespace

Result<DemoSummary> fillDemoData(Database &database, const AuditKey &auditKey, const Clock &clock, const DemoOptions &options)
{
    if (options.cases < 0 || options.cases > 100000)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Kies een aantal casussen tussen 0 en 100000."));
    Generator generator(database, clock, options.seed);
    auto filled = database.inTransaction([&]() -> Status {
        DEMO_TRY(generator.run(options.cases, options.progress));
        AuditEntry entry;
        entry.at = clock.now();
        entry.username = QStringLiteral("casusregie-admin");
        entry.action = enumKey(Operation::FillDemoData);
        entry.objects = QStringLiteral("casussen:%1").arg(generator.summary().cases);
        entry.outcome = QStringLiteral("allowed");
        return AuditLog(database, auditKey).append(entry);
    });
    if (!filled)
        return std::unexpected(filled.error());
    return generator.summary();
}

} // namespace casusregie::demo
