#include "AdminSupport.h"

#include "service/RetentionJob.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array retentionOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"dry-run", nullptr, "alleen tonen wat vernietigd zou worden; er verandert niets"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

} // namespace

const CommandSpec retentionRunCommand{
    "retention run",
    "Vernietigt wat volgens het privacyprotocol (artikel 11) aan de beurt is: casussen na de bewaartermijn\n"
    "van 5 jaar (met verlengingen), niet doorgeleide casussen 1 jaar na het besluit, en gegevens die bij een\n"
    "faseovergang zijn ingetrokken. Managementgegevens zonder persoonsgegevens blijven bewaard (P 11.7), en van\n"
    "een verstrekking van OM-gegevens een beknopte vastlegging tot 4 jaar na de verstrekking (P 17.5); die wordt\n"
    "daarna ook vernietigd.",
    retentionOptions};

int runRetention(AdminContext &context, const ParsedOptions &options)
{
    auto opened = openWithKeys(context, options);
    if (!opened)
        return opened.error();
    const bool dryRun = options.hasFlag(QStringLiteral("dry-run"));
    RetentionJob job(*opened->database, context.clock, opened->auditKey);
    auto outcome = job.run(dryRun);
    if (!outcome)
        return failure(context, outcome.error().message);

    for (const DueDestruction &item : outcome->due) {
        const bool casus = item.kind == QLatin1String("casus");
        const bool omRecord = item.kind == QLatin1String("om_verstrekking");
        context.out << (casus ? "casus   " : omRecord ? "OM-verstrekking " : "gegeven ") << item.casusNumber.leftJustified(omRecord ? 0 : 10)
                    << (casus ? QString() : QStringLiteral("#%1 ").arg(item.id))
                    << "uiterlijk " << item.dueOn.toString(QStringLiteral("dd-MM-yyyy")) << "  " << enumLabel(item.rule) << "\n";
    }
    if (dryRun)
        context.out << outcome->due.size() << " te vernietigen (proefdraai: er is niets gewijzigd).\n";
    else
        context.out << outcome->destroyed << " vernietigd.\n";
    return Success;
}

} // namespace casusregie::admin
