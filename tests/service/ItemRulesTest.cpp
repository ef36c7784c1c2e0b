#include "ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("B3: a data category not allowed for the betrokkene's category is refused")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 medewerker = world.addBetrokkene(casusId, BetrokkeneCategorie::III, QStringLiteral("Jeroen van 't Hoff"));
    const qint64 relatie = world.addBetrokkene(casusId, BetrokkeneCategorie::II, QStringLiteral("Zoë de Jong"));

    auto refused = world.addGegeven(QStringLiteral("pr1"), casusId, medewerker, DataCategory::Woonsituatie, QStringLiteral("Antes"),
                                 Grondslag::Avg6_1e);
    REQUIRE(refused.error().code == ErrorCode::InvalidArgument);
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, medewerker, DataCategory::ZakelijkContact, QStringLiteral("Antes"),
                          Grondslag::Avg6_1e)
                .has_value());
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, relatie, DataCategory::Financieel, QStringLiteral("Antes"),
                          Grondslag::Avg6_1e)
                .error()
                .code
            == ErrorCode::InvalidArgument);
    REQUIRE(world.visibleGegevenIds(QStringLiteral("pr1"), casusId).size() == 1);
}

TEST_CASE("B3: a special category needs a recorded necessity reason")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                          Grondslag::Avg6_1e)
                .error()
                .code
            == ErrorCode::InvalidArgument);
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                          Grondslag::Avg6_1e, true, QStringLiteral("Psychische problematiek bepaalt de aanpak"))
                .has_value());
}

TEST_CASE("P 6.4: police data on art. 20 Wpg from the police, OM data on the Wjsg, Slachtofferhulp only with consent")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    const auto add = [&](DataCategory category, const char *supplier, Grondslag grondslag) {
        return world.addGegeven(QStringLiteral("pr1"), casusId, persoon, category, QLatin1String(supplier), grondslag);
    };
    REQUIRE(add(DataCategory::Politiegegevens, "Antes", Grondslag::Avg6_1e).error().code == ErrorCode::InvalidArgument);
    REQUIRE(add(DataCategory::Politiegegevens, "Antes", Grondslag::Wpg20).error().code == ErrorCode::InvalidArgument);
    REQUIRE(add(DataCategory::Politiegegevens, "Politie", Grondslag::Wpg20).has_value());
    REQUIRE(add(DataCategory::Strafvorderlijk, "Politie", Grondslag::Wpg20).error().code == ErrorCode::InvalidArgument);
    REQUIRE(add(DataCategory::Strafvorderlijk, "OM", Grondslag::Wjsg39f).has_value());
    REQUIRE(add(DataCategory::Adres, "Slachtofferhulp", Grondslag::Avg6_1e).error().code == ErrorCode::InvalidArgument);
    // P 6.4 l, 7.2: consent as grondslag means the consent is on record before the item is.
    REQUIRE(add(DataCategory::Adres, "Slachtofferhulp", Grondslag::Consent).error().code == ErrorCode::InvalidArgument);
    REQUIRE(world.as(QStringLiteral("pr1")).recordConsent(casusId, world.consent(persoon, QStringLiteral("Slachtofferhulp"))).has_value());
    REQUIRE(add(DataCategory::Adres, "Slachtofferhulp", Grondslag::Consent).has_value());
}

TEST_CASE("P 3.5a: an item belongs to the phase it was supplied for, with supplier, grondslag, who and when")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    const auto id = world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                  Grondslag::Avg6_1e);
    REQUIRE(id.has_value());
    const Gegeven gegeven = world.as(QStringLiteral("pr1")).gegevens(casusId)->first();
    REQUIRE(gegeven.phase == Phase::Aanmelding);
    REQUIRE(gegeven.supplierPartyId == world.party(QStringLiteral("Rotterdam")));
    REQUIRE(gegeven.grondslag == Grondslag::Avg6_1e);
    REQUIRE(gegeven.enteredByUserId == world.userId(QStringLiteral("pr1")));
    REQUIRE(gegeven.enteredAt == world.clock.now());
}

TEST_CASE("P 3.5c/d, 13.5, 13.6: others see an item only with its supplier's approval for them")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), {QStringLiteral("Politie")});
    const qint64 item = *world.addGegeven(QStringLiteral("politie"), casusId, persoon, DataCategory::Politiegegevens,
                                       QStringLiteral("Politie"), Grondslag::Wpg20);

    REQUIRE(world.visibleGegevenIds(QStringLiteral("antes"), casusId).isEmpty());
    REQUIRE(world.as(QStringLiteral("antes")).betrokkenen(casusId)->isEmpty());
    NewApproval tomorrow = world.approval(item, {world.party(QStringLiteral("Antes"))});
    tomorrow.approvedOn = world.clock.today().addDays(1); // not given yet: refused rather than silently without effect
    REQUIRE(world.as(QStringLiteral("politie")).recordApproval(casusId, tomorrow).error().code == ErrorCode::InvalidArgument);
    const auto approvals = world.as(QStringLiteral("politie")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Antes"))}));
    REQUIRE(approvals.has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("antes"), casusId) == QList<qint64>{item});
    REQUIRE(world.as(QStringLiteral("antes")).betrokkenen(casusId)->size() == 1);

    REQUIRE(world.as(QStringLiteral("politie")).withdrawApproval(casusId, approvals->first()).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("antes"), casusId).isEmpty());
}

TEST_CASE("C 17.2: only the supplying party (or the procesregisseur) records approvals for its items")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("politie"), casusId, persoon, DataCategory::Politiegegevens,
                                       QStringLiteral("Politie"), Grondslag::Wpg20);
    const auto byOther = world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Antes"))}));
    REQUIRE(byOther.error().code == ErrorCode::NotFound); // an item Antes may not see answers like a missing one
    REQUIRE(world.visibleGegevenIds(QStringLiteral("antes"), casusId).isEmpty());

    // A partner brings in only its own party's items.
    REQUIRE(world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Adres, QStringLiteral("Politie"), Grondslag::Wpg20)
                .error()
                .code
            == ErrorCode::AccessDenied);
}

TEST_CASE("P 7.2: an item under professional secrecy is shared only with recorded consent")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                       Grondslag::Avg6_1e, true, QStringLiteral("Behandeling bepaalt het plan"));
    const NewApproval toPolice = world.approval(item, {world.party(QStringLiteral("Politie"))});
    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, toPolice).error().code == ErrorCode::AccessDenied);

    Consent consent;
    consent.betrokkeneId = persoon;
    consent.supplierPartyId = world.party(QStringLiteral("Antes"));
    consent.givenOn = world.clock.today();
    consent.scope = QStringLiteral("Delen van behandelgegevens in het casusoverleg");
    consent.recordedHow = QStringLiteral("schriftelijk, formulier in dossier");
    consent.toldCanWithdraw = false;
    REQUIRE(world.as(QStringLiteral("antes")).recordConsent(casusId, consent).error().code == ErrorCode::InvalidArgument);
    consent.toldCanWithdraw = true;
    consent.givenBy = ConsentGiver::WettelijkVertegenwoordiger;
    REQUIRE(world.as(QStringLiteral("antes")).recordConsent(casusId, consent).error().code == ErrorCode::InvalidArgument);
    consent.representativeName = QStringLiteral("mentor mw. Bakker");
    REQUIRE(world.as(QStringLiteral("antes")).recordConsent(casusId, consent).has_value());

    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, toPolice).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId) == QList<qint64>{item});
}

TEST_CASE("P 13.7: after consent is withdrawn, recipients' approvals lapse and no further disclosure happens")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                       Grondslag::Avg6_1e, true, QStringLiteral("Behandeling bepaalt het plan"));
    Consent consent{0, persoon, world.party(QStringLiteral("Antes")), ConsentGiver::Betrokkene, {}, world.clock.today(),
                        QStringLiteral("Behandelgegevens"), QStringLiteral("schriftelijk"), true, {}, 0};
    const qint64 consentId = *world.as(QStringLiteral("antes")).recordConsent(casusId, consent);
    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Politie"))})).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId) == QList<qint64>{item});

    // Who holds secret data about the person is sensitive too: the consent is listed to its party
    // and the procesregisseur, not to the other invited parties.
    REQUIRE(world.as(QStringLiteral("antes")).consents(casusId)->size() == 1);
    REQUIRE(world.as(QStringLiteral("pr1")).consents(casusId)->size() == 1);
    REQUIRE(world.as(QStringLiteral("politie")).consents(casusId)->isEmpty());

    world.clock.advanceDays(3);
    REQUIRE(world.as(QStringLiteral("antes")).withdrawConsent(casusId, consentId).has_value());
    REQUIRE(world.as(QStringLiteral("antes")).consents(casusId)->first().withdrawnOn == world.clock.today());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId).isEmpty());

    Verstrekking verstrekking;
    verstrekking.casusId = casusId;
    verstrekking.gegevenIds = {item};
    verstrekking.recipientPartyId = world.party(QStringLiteral("Politie"));
    verstrekking.purpose = QStringLiteral("voorbereiding overleg");
    verstrekking.legalBasis = QStringLiteral("toestemming");
    REQUIRE(world.as(QStringLiteral("pr1")).recordVerstrekking(verstrekking).error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Politie"))}))
                .error()
                .code
            == ErrorCode::AccessDenied);
}

TEST_CASE("P 7.2, B4: without consent, disclosure only with the legal ground and motivation of an override recorded")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                       Grondslag::Avg6_1e, true, QStringLiteral("Acuut gevaar"));
    REQUIRE(world.as(QStringLiteral("antes"))
                .recordSecrecyOverride(casusId, {item, SecrecyOverrideGround::ConflictVanPlichten, QStringLiteral("gevaar"), QString()})
                .error()
                .code
            == ErrorCode::InvalidArgument); // who at Antes decided is missing
    REQUIRE(world.as(QStringLiteral("antes"))
                .recordSecrecyOverride(casusId, {item, SecrecyOverrideGround::ConflictVanPlichten,
                                                 QStringLiteral("Ernstig gevaar voor de veiligheid van een kind"),
                                                 QStringLiteral("behandelaar, GZ-psycholoog")})
                .has_value());
    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Politie"))})).has_value());
}
