#include "ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct DisclosureCase {
    ServiceWorld world;
    qint64 casusId = world.newCase();
    qint64 persoon = world.addBetrokkene(casusId);
    qint64 policeItem = 0;
    qint64 addressItem = 0;

    DisclosureCase()
    {
        world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
        policeItem = *world.addGegeven(QStringLiteral("politie"), casusId, persoon, DataCategory::Politiegegevens,
                                    QStringLiteral("Politie"), Grondslag::Wpg20);
        addressItem = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                     Grondslag::Avg6_1e);
    }

    Verstrekking to(const QString &partyShortName, QList<qint64> items) const
    {
        Verstrekking v;
        v.casusId = casusId;
        v.gegevenIds = std::move(items);
        v.recipientPartyId = world.party(partyShortName);
        v.purpose = QStringLiteral("afstemming interventies");
        v.legalBasis = QStringLiteral("art. 20 Wpg, convenant ZVHRR");
        return v;
    }
};

} // namespace

TEST_CASE("P 8.1: police and OM data are disclosed only with a justification of necessity, and recorded")
{
    DisclosureCase c;
    Verstrekking v = c.to(QStringLiteral("Antes"), {c.policeItem});
    REQUIRE(c.world.as(QStringLiteral("politie")).recordVerstrekking(v).error().code == ErrorCode::InvalidArgument);
    v.necessity = QStringLiteral("Nodig om het risico in te schatten bij het huisbezoek");
    const auto id = c.world.as(QStringLiteral("politie")).recordVerstrekking(v);
    REQUIRE(id.has_value());

    const auto trail = c.world.as(QStringLiteral("pr1")).auditTrail(c.casusId);
    const bool audited = std::any_of(trail->begin(), trail->end(), [&](const AuditRecord &record) {
        return record.entry.action == QStringLiteral("record_verstrekking") && record.entry.outcome == QStringLiteral("allowed")
            && record.entry.objects.contains(QStringLiteral("verstrekking:%1").arg(*id));
    });
    REQUIRE(audited);
}

TEST_CASE("P 23.1: a disclosure outside the casusoverleg's participants needs a recorded legal obligation")
{
    DisclosureCase c;
    Verstrekking v = c.to(QStringLiteral("Veilig Thuis"), {c.addressItem}); // not invited
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(v).error().code == ErrorCode::InvalidArgument);
    v.legalObligation = QStringLiteral("informatieplicht art. 5.2.6 Wmo 2015");
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(v).has_value());
    // The hoofd may record such a disclosure too (P 23.1).
    REQUIRE(c.world.as(QStringLiteral("hoofd")).recordVerstrekking(v).has_value());
}

TEST_CASE("C 10.3: information about a casusoverleg goes to third parties only with the supplier's prior written consent")
{
    DisclosureCase c;
    Verstrekking v = c.to(QStringLiteral("Antes"), {c.addressItem});
    v.recipientPartyId = 0;
    v.thirdPartyName = QStringLiteral("Woningcorporatie Maasoevers");
    v.legalObligation = QStringLiteral("art. 5 Huisvestingswet");
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(v).error().code == ErrorCode::InvalidArgument);
    v.supplierWrittenConsent = QStringLiteral("brief gemeente Rotterdam 10-03-2026");
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordVerstrekking(v).has_value());
}

TEST_CASE("P 8.1: a partner records disclosures only of its own party's items")
{
    DisclosureCase c;
    Verstrekking v = c.to(QStringLiteral("Politie"), {c.addressItem});
    // An item Antes cannot see answers like a missing one; one it may see is still not its own to disclose.
    REQUIRE(c.world.as(QStringLiteral("antes")).recordVerstrekking(v).error().code == ErrorCode::NotFound);
    REQUIRE(c.world.as(QStringLiteral("pr1")).recordApproval(c.casusId, c.world.approval(c.addressItem, {c.world.party(QStringLiteral("Antes"))})).has_value());
    REQUIRE(c.world.as(QStringLiteral("antes")).recordVerstrekking(v).error().code == ErrorCode::AccessDenied);
}
