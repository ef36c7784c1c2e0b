#include "registers/RegistersView.h"

#include "documents/RegisterDocuments.h"
#include "forms/DocumentOutput.h"
#include "forms/Widgets.h"
#include "service/ServiceThread.h"

#include <QBrush>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casusregie::ui {

RegistersView::RegistersView(ServiceThread &service, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_today(today)
    , m_verwerkingenTable(readOnlyTable(QStringLiteral("verwerkingenTable"),
                                       {tr("Processing"), tr("a. Controllers"), tr("b. Purposes"), tr("c. Kinds of data"),
                                        tr("d. Kinds of betrokkenen"), tr("e. Recipients"), tr("f. Transfer outside the EU")},
                                       this))
    , m_verwerkersTable(readOnlyTable(QStringLiteral("verwerkersTable"),
                                      {tr("Processor"), tr("Service"), tr("Approved by the hoofd"), tr("Last reviewed"), tr("Review due")},
                                      this))
    , m_reviewLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("registersView"));
    m_reviewLabel->setObjectName(QStringLiteral("reviewLabel"));
    auto *verwerkingen = new QGroupBox(tr("Verwerkingsregister (P 24.3)"), this);
    auto *verwerkingenLayout = new QVBoxLayout(verwerkingen);
    verwerkingenLayout->addWidget(m_verwerkingenTable);
    auto *registerButtons = new DocumentButtons(QStringLiteral("Verwerkingsregister.pdf"),
                                                [this]() { return QList<Document>{verwerkingsregisterDocument(m_verwerkingen, m_today)}; },
                                                verwerkingen);
    registerButtons->setObjectName(QStringLiteral("registerDocumentButtons"));
    verwerkingenLayout->addWidget(registerButtons);
    auto *verwerkers = new QGroupBox(tr("Processors (P 22.3)"), this);
    auto *verwerkersLayout = new QVBoxLayout(verwerkers);
    verwerkersLayout->addWidget(m_reviewLabel);
    verwerkersLayout->addWidget(m_verwerkersTable);
    auto *verwerkersButtons = new DocumentButtons(QStringLiteral("Verwerkers.pdf"),
                                                  [this]() { return QList<Document>{verwerkersDocument(m_verwerkers, m_today)}; },
                                                  verwerkers);
    verwerkersButtons->setObjectName(QStringLiteral("verwerkersDocumentButtons"));
    verwerkersLayout->addWidget(verwerkersButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(verwerkingen, 2);
    layout->addWidget(verwerkers, 1);
}

void RegistersView::refresh()
{
    m_service.call(this, [](Service &service) { return service.verwerkingsregister(); },
                   [this](const Result<QList<Verwerking>> &verwerkingen) {
                       m_verwerkingenTable->setRowCount(0);
                       m_verwerkingen.clear();
                       if (!verwerkingen)
                           return;
                       m_verwerkingen = *verwerkingen;
                       for (const Verwerking &v : *verwerkingen)
                           appendRow(m_verwerkingenTable, {v.naam, v.verantwoordelijken, v.doeleinden, v.categorieenGegevens,
                                                         v.categorieenBetrokkenen, v.ontvangers, v.doorgifteDerdeLanden});
                   });
    m_service.call(this, [](Service &service) { return service.verwerkers(); }, [this](const Result<QList<Verwerker>> &verwerkers) {
        m_verwerkersTable->setRowCount(0);
        m_verwerkers.clear();
        if (!verwerkers) {
            m_reviewLabel->setText(tr("The processors could not be loaded: %1").arg(verwerkers.error().message));
            return;
        }
        m_verwerkers = *verwerkers;
        const QLocale locale;
        const auto day = [&](QDate date) { return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString(); };
        int due = 0;
        for (const Verwerker &v : *verwerkers) {
            appendRow(m_verwerkersTable, {v.naam, v.dienst, day(v.approvedByHoofdOn), day(v.lastReviewedOn), day(v.reviewDue())});
            if (v.reviewDue() <= m_today) {
                ++due;
                m_verwerkersTable->item(m_verwerkersTable->rowCount() - 1, 4)->setForeground(QBrush(QColor(0xa4, 0x00, 0x1d)));
            }
        }
        m_reviewLabel->setText(due == 0 ? tr("No processor is due for its yearly review.")
                                        : tr("%n processor(s) due for the yearly review.", nullptr, due));
    });
}

} // namespace casusregie::ui
