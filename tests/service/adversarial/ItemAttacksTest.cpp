// Attempts to get around the item rules (P 3.5, 6.4, 7.2, 13.7; C 17.2; B4) with real accounts.
#include "../ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

// A casus in triage with the police, Antes and the OM invited, and one person they were asked about.
struct TriageCase {
    ServiceWorld world;
    qint64 casusId = world.newCase();
    qint64 persoon = world.addBetrokkene(casusId);

    TriageCase()
    {
        REQUIRE(world.as(QStringLiteral("pr1")).setGoalAndThemes(casusId, QStringLiteral("Stabiliseren"), {Theme::Overig}).has_value());
        world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes")),
                                    world.party(QStringLiteral("OM"))});
    }
    qint64 p(const char *shortName) const { return world.party(QLatin1String(shortName)); }
    Status toTriage(const QList<GegevenReview> &reviews)
    {
        return world.as(QStringLiteral("pr1")).changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"),
                                                            QStringLiteral("triage"), reviews, {}});
    }
    Verstrekking verstrekking(QList<qint64> items, const char *recipient) const
    {
        return Verstrekking{0, casusId, std::move(items), p(recipient), {}, QStringLiteral("afstemming"),
                            QStringLiteral("convenant ZVHRR"), QStringLiteral("nodig voor de veiligheid"), {}, {}, 0, {}};
    }
};

} // namespace

TEST_CASE("P 3.5a/c: an approval holds for one purpose of the phase it was given in, and lapses at the next phase")
{
    TriageCase c;
    const qint64 item = *c.world.addGegeven(QStringLiteral("pr1"), c.casusId, c.persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                         Grondslag::Avg6_1e);
    NewApproval wrongPhase = c.world.approval(item, {c.p("Politie")});
    wrongPhase.purpose = Verwerkingsdoel::PlanVanAanpak; // a purpose of the casusoverleg, not of the aanmelding
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordApproval(c.casusId, wrongPhase).error().code == ErrorCode::InvalidArgument);
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordApproval(c.casusId, c.world.approval(item, {c.p("Politie")})).has_value());
    REQUIRE(c.world.visibleGegevenIds(QStringLiteral("politie"), c.casusId) == QList<qint64>{item});

    REQUIRE(c.toTriage({{item, true, QStringLiteral("nodig voor triage")}}).has_value());
    REQUIRE(c.world.visibleGegevenIds(QStringLiteral("politie"), c.casusId).isEmpty()); // kept, but not approved for triage
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordApproval(c.casusId, c.world.approval(item, {c.p("Politie")})).has_value());
    REQUIRE(c.world.visibleGegevenIds(QStringLiteral("politie"), c.casusId) == QList<qint64>{item});
}

TEST_CASE("P 6.4 l, 13.7: an item on consent needs that consent first, and its withdrawal stops every further use")
{
    TriageCase c;
    c.world.addUser(QStringLiteral("sh"), Role::Partnerdeelnemer, QStringLiteral("Slachtofferhulp"));
    REQUIRE(c.world.as(QStringLiteral("pr1")).addInvolvedParty(c.casusId, c.p("Slachtofferhulp"), QStringLiteral("slachtofferhulp")).has_value());
    REQUIRE(c.world.as(QStringLiteral("pr1"))
                .requestInformation({0, c.casusId, c.persoon, c.p("Slachtofferhulp"), QStringLiteral("Bekend?"), 0, {}})
                .has_value());
    const auto refused = c.world.addGegeven(QStringLiteral("sh"), c.casusId, c.persoon, DataCategory::Contact, QStringLiteral("Slachtofferhulp"),
                                         Grondslag::Consent);
    REQUIRE(refused.error().code == ErrorCode::InvalidArgument);
    const auto consent = c.world.as(QStringLiteral("sh")).recordConsent(c.casusId, c.world.consent(c.persoon, QStringLiteral("Slachtofferhulp")));
    REQUIRE(consent.has_value());
    const qint64 item = *c.world.addGegeven(QStringLiteral("sh"), c.casusId, c.persoon, DataCategory::Contact, QStringLiteral("Slachtofferhulp"),
                                         Grondslag::Consent);
    REQUIRE(c.world.as(QStringLiteral("sh")).recordApproval(c.casusId, c.world.approval(item, {c.p("Politie")})).has_value());
    REQUIRE(c.world.visibleGegevenIds(QStringLiteral("politie"), c.casusId).contains(item));

    REQUIRE(c.world.as(QStringLiteral("sh")).withdrawConsent(c.casusId, *consent).has_value());
    REQUIRE_FALSE(c.world.visibleGegevenIds(QStringLiteral("politie"), c.casusId).contains(item));
    REQUIRE(c.world.as(QStringLiteral("sh")).recordApproval(c.casusId, c.world.approval(item, {c.p("OM")})).error().code
            == ErrorCode::AccessDenied);
    Verstrekking v = c.verstrekking({item}, "Politie");
    v.legalObligation = QStringLiteral("even een wettelijke plicht vervangt geen toestemming als grondslag");
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(v).error().code == ErrorCode::AccessDenied);
    // No override revives it: that is for secrecy, not for consent as grondslag.
    REQUIRE(c.world.as(QStringLiteral("sh"))
                .recordSecrecyOverride(c.casusId, {item, SecrecyOverrideGround::ConflictVanPlichten, QStringLiteral("gevaar"), QStringLiteral("x")})
                .error()
                .code
            == ErrorCode::InvalidArgument);
}

TEST_CASE("C 17.2: a verstrekking needs the supplier's approval for that recipient, for the procesregisseur and the hoofd alike")
{
    TriageCase c;
    const qint64 police = *c.world.addGegeven(QStringLiteral("politie"), c.casusId, c.persoon, DataCategory::Politiegegevens,
                                           QStringLiteral("Politie"), Grondslag::Wpg20);
    for (const char *user : {"pr1", "hoofd"}) {
        INFO(user);
        REQUIRE(c.world.as(QLatin1String(user)).recordVerstrekking(c.verstrekking({police}, "Antes")).error().code == ErrorCode::AccessDenied);
    }
    // A recorded legal obligation carries it (P 23.1) ...
    Verstrekking obliged = c.verstrekking({police}, "Antes");
    obliged.legalObligation = QStringLiteral("art. 5.2.6 Wmo 2015");
    REQUIRE(c.world.as(QStringLiteral("hoofd")).recordVerstrekking(obliged).has_value());
    // ... and so does the supplier's approval for that recipient, not for another.
    REQUIRE(c.world.as(QStringLiteral("politie")).recordApproval(c.casusId, c.world.approval(police, {c.p("OM")})).has_value());
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(c.verstrekking({police}, "Antes")).error().code == ErrorCode::AccessDenied);
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(c.verstrekking({police}, "OM")).has_value());
    // The supplier itself decides over its own item.
    REQUIRE(c.world.as(QStringLiteral("politie")).recordVerstrekking(c.verstrekking({police}, "Antes")).has_value());
}

TEST_CASE("B4: a secrecy override names who at the supplying party decided, on a ground of bijvoegsel 4, and the procesregisseur cannot decide it")
{
    TriageCase c;
    const qint64 secret = *c.world.addGegeven(QStringLiteral("antes"), c.casusId, c.persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                           Grondslag::Avg6_1e, true, QStringLiteral("Behandeling bepaalt het plan"));
    const NewSecrecyOverride override{secret, SecrecyOverrideGround::MeldrechtHuiselijkGeweld, QStringLiteral("Acuut gevaar voor een kind"),
                                      QStringLiteral("J. Bakker, behandelaar Antes")};
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordSecrecyOverride(c.casusId, override).error().code == ErrorCode::AccessDenied);
    NewSecrecyOverride anonymous = override;
    anonymous.decidedBy.clear();
    REQUIRE(c.world.as(QStringLiteral("antes")).recordSecrecyOverride(c.casusId, anonymous).error().code == ErrorCode::InvalidArgument);
    NewSecrecyOverride legacy = override;
    legacy.legalGround = SecrecyOverrideGround::VrijOmschreven;
    REQUIRE(c.world.as(QStringLiteral("antes")).recordSecrecyOverride(c.casusId, legacy).error().code == ErrorCode::InvalidArgument);
    REQUIRE(c.world.as(QStringLiteral("antes")).recordSecrecyOverride(c.casusId, override).has_value());
    REQUIRE(c.world.as(QStringLiteral("antes")).recordApproval(c.casusId, c.world.approval(secret, {c.p("Politie")})).has_value());
    REQUIRE(c.world.visibleGegevenIds(QStringLiteral("politie"), c.casusId).contains(secret));
}
