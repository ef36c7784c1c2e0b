#include "AdminSupport.h"

#include "rules/Operation.h"
#include "storage/PartyRepository.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array partyOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"party", "KORTE-NAAM", "de partij, met haar korte naam (bijvoorbeeld Halt)"},
    OptionSpec{"date", "DATUM", "ingangsdatum (JJJJ-MM-DD)"},
    OptionSpec{"reason", "TEKST", "alleen bij uitsluiting: de reden (besluit van het AB)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

int changeMembership(AdminContext &context, const ParsedOptions &options, LidmaatschapGebeurtenis gebeurtenis)
{
    const QDate date = QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return usageError(context, QStringLiteral("--date verwacht een datum als 2026-07-01."));
    auto opened = openWithKeys(context, options);
    if (!opened)
        return opened.error();
    PartyRepository parties(*opened->database);
    auto all = parties.all();
    if (!all)
        return failure(context, all.error().message);
    const auto party = std::find_if(all->begin(), all->end(),
                                    [&](const Party &p) { return p.shortName == options.value(QStringLiteral("party")); });
    if (party == all->end())
        return usageError(context, QStringLiteral("Onbekende partij: %1").arg(options.value(QStringLiteral("party"))));
    auto done = opened->database->inTransaction([&]() -> Status {
        auto changed = gebeurtenis == LidmaatschapGebeurtenis::Opzegging
            ? parties.recordOpzegging(party->id, date)
            : parties.recordUitsluiting(party->id, date, options.value(QStringLiteral("reason")));
        if (!changed)
            return changed;
        AuditEntry entry;
        entry.at = context.clock.now();
        entry.username = QStringLiteral("casusregie-admin");
        entry.action = enumKey(Operation::ManageMembership);
        entry.objects = QStringLiteral("party:%1,%2").arg(party->id).arg(enumKey(gebeurtenis));
        entry.outcome = QStringLiteral("allowed");
        return AuditLog(*opened->database, opened->auditKey).append(entry);
    });
    if (!done)
        return failure(context, done.error().message);
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
    return changeMembership(context, options, LidmaatschapGebeurtenis::Opzegging);
}

int runPartyUitsluiting(AdminContext &context, const ParsedOptions &options)
{
    return changeMembership(context, options, LidmaatschapGebeurtenis::Uitsluiting);
}

} // namespace casusregie::admin
