#include "AdminSupport.h"

#include "demo/DemoGenerator.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array demoOptions{
    OptionSpec{"db", "BESTAND", "een met init aangemaakte database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"cases", "AANTAL", "aantal casussen (standaard 60)"},
    OptionSpec{"seed", "GETAL", "startwaarde: dezelfde waarde geeft dezelfde gegevens (standaard 1)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

} // namespace

const CommandSpec demoCommand{
    "demo",
    "Vult een database met fictieve oefengegevens volgens het convenant: casussen uit de laatste zes jaar\n"
    "in elke fase, betrokkenen, gegevens, goedkeuringen, toestemmingen, overleggen en demo-accounts\n"
    "(wachtwoord demo-wachtwoord-2026). Alleen voor demo, training en tests.",
    demoOptions};

int runDemo(AdminContext &context, const ParsedOptions &options)
{
    demo::DemoOptions demoOptions;
    bool ok = true;
    if (options.values.contains(QStringLiteral("cases")))
        demoOptions.cases = options.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || demoOptions.cases < 0)
        return usageError(context, QStringLiteral("--cases verwacht een geheel getal van 0 of meer."));
    if (options.values.contains(QStringLiteral("seed")))
        demoOptions.seed = options.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(context, QStringLiteral("--seed verwacht een geheel getal."));

    auto opened = openWithKeys(context, options);
    if (!opened)
        return opened.error();
    demoOptions.progress = [&context](int done, int total) {
        context.err << "Demogegevens: " << done << " van " << total << " casussen" << Qt::endl;
    };
    auto summary = demo::fillDemoData(*opened->database, opened->auditKey, context.clock, demoOptions);
    if (!summary)
        return failure(context, summary.error().message);
    context.out << "Demogegevens aangemaakt: " << summary->cases << " casussen, " << summary->betrokkenen << " betrokkenen, "
                << summary->gegevens << " gegevens.\nDemo-accounts (wachtwoord " << demo::demoPassword << "):\n";
    for (const demo::DemoAccount &account : summary->accounts)
        context.out << "  " << account.username.leftJustified(18) << account.role << "\n";
    return Success;
}

} // namespace casusregie::admin
