#include "registers/RegistersView.h"

#include "documents/RegisterDocuments.h"
#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

TableCell dayCell(QDate date, bool attention = false)
{
    return TableCell(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString(), date, attention);
}

} // namespace

RegistersView::RegistersView(ServiceThread &service, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_today(today)
    , m_verwerkingenModel(new RowsModel({tr("Processing"), tr("a. Controllers"), tr("b. Purposes"), tr("c. Kinds of data"),
                                         tr("d. Kinds of betrokkenen"), tr("e. Recipients"), tr("f. Transfer outside the EU")},
                                        this))
    , m_verwerkersModel(new RowsModel({tr("Processor"), tr("Service"), tr("Approved by the hoofd"), tr("Last reviewed"), tr("Review due")},
                                      this))
    , m_reviewLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("registersView"));
    m_reviewLabel->setObjectName(QStringLiteral("reviewLabel"));
    auto *verwerkingen = new QGroupBox(tr("Verwerkingsregister (P 24.3)"), this);
    QTableView *verwerkingenTable = recordsView(QStringLiteral("verwerkingenTable"), m_verwerkingenModel, verwerkingen);
    verwerkingenTable->setAccessibleName(tr("Processing register"));
    (new QVBoxLayout(verwerkingen))->addWidget(verwerkingenTable);
    auto *verwerkers = new QGroupBox(tr("Processors (P 22.3)"), this);
    auto *verwerkersLayout = new QVBoxLayout(verwerkers);
    verwerkersLayout->addWidget(m_reviewLabel);
    QTableView *verwerkersTable = recordsView(QStringLiteral("verwerkersTable"), m_verwerkersModel, verwerkers);
    verwerkersTable->setAccessibleName(tr("Processors"));
    verwerkersLayout->addWidget(verwerkersTable);
    // One print or PDF holds both registers, as shown: one set of buttons, each with its own access key.
    auto *documentButtons = new DocumentButtons(QStringLiteral("Registers.pdf"), [this]() {
        return QList<Document>{verwerkingsregisterDocument(m_verwerkingen, m_today), verwerkersDocument(m_verwerkers, m_today)};
    }, this);
    documentButtons->setObjectName(QStringLiteral("registersDocumentButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(verwerkingen, 2);
    layout->addWidget(verwerkers, 1);
    layout->addWidget(documentButtons);
}

void RegistersView::refresh()
{
    m_service.call(this, [](Service &service) { return service.verwerkingsregister(); },
                   [this](const Result<QList<Verwerking>> &verwerkingen) {
                       m_verwerkingen = verwerkingen.value_or(QList<Verwerking>());
                       QList<QList<TableCell>> rows;
                       for (const Verwerking &v : std::as_const(m_verwerkingen))
                           rows << QList<TableCell>{v.naam, v.verantwoordelijken, v.doeleinden, v.categorieenGegevens,
                                                    v.categorieenBetrokkenen, v.ontvangers, v.doorgifteDerdeLanden};
                       m_verwerkingenModel->setRows(rows);
                   });
    m_service.call(this, [](Service &service) { return service.verwerkers(); }, [this](const Result<QList<Verwerker>> &verwerkers) {
        m_verwerkers = verwerkers.value_or(QList<Verwerker>());
        QList<QList<TableCell>> rows;
        int due = 0;
        for (const Verwerker &v : std::as_const(m_verwerkers)) {
            const bool overdue = v.reviewDue() <= m_today;
            due += overdue ? 1 : 0;
            rows << QList<TableCell>{v.naam, v.dienst, dayCell(v.approvedByHoofdOn), dayCell(v.lastReviewedOn),
                                     dayCell(v.reviewDue(), overdue)};
        }
        m_verwerkersModel->setRows(rows);
        if (!verwerkers)
            m_reviewLabel->setText(tr("The processors could not be loaded: %1").arg(verwerkers.error().message));
        else
            m_reviewLabel->setText(due == 0 ? tr("No processor is due for its yearly review.")
                                            : tr("%n processor(s) due for the yearly review.", nullptr, due));
    });
}

} // namespace casusregie::ui
