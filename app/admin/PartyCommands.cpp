#include "AdminSupport.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array partyOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw account (functioneel beheer); het wachtwoord komt van standaardinvoer"},
    OptionSpec{"party", "KORTE-NAAM", "de partij, met haar korte naam (bijvoorbeeld Halt)"},
    OptionSpec{"date", "DATUM", "ingangsdatum (JJJJ-MM-DD)"},
    OptionSpec{"reason", "TEKST", "alleen bij uitsluiting: de reden (besluit van het AB)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

int changeMembership(AdminContext &context, const ParsedOptions &options, MembershipEvent gebeurtenis)
{
    const QDate date = QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return usageError(context, QStringLiteral("--date verwacht een datum als 2026-07-01."));
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    const auto party = partyNamedIn(context, *session, options);
    if (!party)
        return party.error();
    const MembershipChange change{party->id, gebeurtenis, date, options.value(QStringLiteral("reason"))};
    if (auto recorded = session->service->recordMembershipChange(change); !recorded)
        return serviceFailure(context, recorded.error());
    context.out << enumLabel(gebeurtenis) << " vastgelegd voor " << party->name << " per "
                << date.toString(QStringLiteral("dd-MM-yyyy")) << ".\n";
    return Success;
}

} // namespace

const CommandSpec partyOpzeggingCommand{"party opzegging",
                                        "Legt de opzegging van een partij vast; vanaf die datum krijgen haar gebruikers geen "
                                        "toegang meer tot persoonsgegevens (P 27.3).",
                                        partyOptions};
const CommandSpec partyUitsluitingCommand{"party uitsluiting", "Legt de uitsluiting van een partij vast, met de reden (C 24.2).",
                                          partyOptions};

int runPartyOpzegging(AdminContext &context, const ParsedOptions &options)
{
    return changeMembership(context, options, MembershipEvent::Opzegging);
}

int runPartyUitsluiting(AdminContext &context, const ParsedOptions &options)
{
    return changeMembership(context, options, MembershipEvent::Uitsluiting);
}

} // namespace casusregie::admin
