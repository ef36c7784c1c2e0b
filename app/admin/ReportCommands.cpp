// `casusregie-admin report …`: the privacy officer's documents as PDF, through the service gate
// as the user given with --as (the service decides who may read what, and audits it).
#include "AdminSupport.h"

#include "PdfExport.h"
#include "documents/AnnualReport.h"
#include "documents/RegisterDocuments.h"

#include <QGuiApplication>

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array reportOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw eigen account; het wachtwoord komt van standaardinvoer"},
    OptionSpec{"out", "BESTAND", "het PDF-bestand dat wordt gemaakt (alleen voor u leesbaar)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array yearReportOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw eigen account; het wachtwoord komt van standaardinvoer"},
    OptionSpec{"year", "JAAR", "het jaar (standaard: vorig jaar)"},
    OptionSpec{"out", "BESTAND", "het PDF-bestand dat wordt gemaakt (alleen voor u leesbaar)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

// Reads through the service as --as, makes the document and writes it to --out.
template <typename Build>
int writeReport(AdminContext &context, const ParsedOptions &options, Build build)
{
    const QString out = options.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(context, QStringLiteral("Geef met --out het PDF-bestand dat moet worden gemaakt."));
    // The fonts of a PDF need a QGuiApplication; main() makes one for these commands.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failure(context, QStringLiteral("Deze opdracht kan hier geen PDF maken (geen grafische omgeving geladen)."));
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    auto document = build(*session->service, context.clock.today());
    if (!document)
        return serviceFailure(context, document.error());
    if (auto written = render::writePdf({*document}, out); !written)
        return failure(context, written.error().message);
    context.out << "Geschreven: " << out << "\n";
    return Success;
}

} // namespace

const CommandSpec reportVerwerkingsregisterCommand{
    "report verwerkingsregister", "Het register van verwerkingsactiviteiten (P 24.3) als PDF.", reportOptions};
const CommandSpec reportVerwerkersCommand{
    "report verwerkers", "De verwerkers met hun jaarlijkse beoordeling (P 22.3) als PDF.", reportOptions};
const CommandSpec reportJaarcijfersCommand{
    "report jaarcijfers", "De geanonimiseerde jaarcijfers (C 12.3) als PDF, met staafdiagrammen; aantallen van 1-4 als \"<5\".",
    yearReportOptions};
const CommandSpec reportDatalekkenCommand{
    "report datalekken", "Het overzicht van datalekken (P 14.11) als PDF; bevat beschrijvingen, vertrouwelijk.", reportOptions};

int runReportVerwerkingsregister(AdminContext &context, const ParsedOptions &options)
{
    return writeReport(context, options, [](Service &service, QDate today) -> Result<Document> {
        auto activities = service.verwerkingsregister();
        if (!activities)
            return std::unexpected(activities.error());
        return verwerkingsregisterDocument(*activities, today);
    });
}

int runReportVerwerkers(AdminContext &context, const ParsedOptions &options)
{
    return writeReport(context, options, [](Service &service, QDate today) -> Result<Document> {
        auto verwerkers = service.verwerkers();
        if (!verwerkers)
            return std::unexpected(verwerkers.error());
        return verwerkersDocument(*verwerkers, today);
    });
}

int runReportJaarcijfers(AdminContext &context, const ParsedOptions &options)
{
    const QString yearText = options.value(QStringLiteral("year"));
    bool numeric = yearText.isEmpty();
    const int year = yearText.isEmpty() ? context.clock.today().year() - 1 : yearText.toInt(&numeric);
    if (!numeric || year < 2000 || year > 2100)
        return usageError(context, QStringLiteral("Geef met --year een jaartal, bijvoorbeeld 2026."));
    return writeReport(context, options, [year](Service &service, QDate today) -> Result<Document> {
        auto figures = service.annualFigures(year);
        auto parties = figures ? service.parties() : Result<QList<Party>>(std::unexpected(figures.error()));
        if (!parties)
            return std::unexpected(parties.error());
        QHash<qint64, QString> names;
        for (const Party &party : *parties)
            names.insert(party.id, party.name);
        return annualReportDocument(*figures, names, today);
    });
}

int runReportDatalekken(AdminContext &context, const ParsedOptions &options)
{
    return writeReport(context, options, [](Service &service, QDate today) -> Result<Document> {
        auto datalekken = service.datalekken();
        if (!datalekken)
            return std::unexpected(datalekken.error());
        return datalekkenDocument(*datalekken, today);
    });
}

} // namespace casusregie::admin
