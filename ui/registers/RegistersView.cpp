#include "registers/RegistersView.h"

#include "documents/RegisterDocuments.h"
#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "main/RoleScreens.h"
#include "registers/RegisterDialogs.h"
#include "service/ServiceThread.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

TableCell dayCell(QDate date, bool attention = false)
{
    return TableCell(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString(), date, attention);
}

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

} // namespace

RegistersView::RegistersView(ServiceThread &service, QDate today, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_today(today)
    , m_verwerkingenModel(new RowsModel({tr("Processing"), tr("a. Controllers"), tr("b. Purposes"), tr("c. Kinds of data"),
                                         tr("d. Kinds of betrokkenen"), tr("e. Recipients"), tr("f. Transfer outside the EU")},
                                        this))
    , m_verwerkersModel(new RowsModel({tr("Processor"), tr("Service"), tr("Approved by the hoofd"), tr("Last reviewed"), tr("Review due")},
                                      this))
    , m_reviewLabel(new QLabel(this))
    , m_newVerwerkingButton(new QPushButton(tr("&New processing…"), this))
    , m_editVerwerkingButton(new QPushButton(tr("&Change processing…"), this))
    , m_newVerwerkerButton(new QPushButton(tr("New p&rocessor…"), this))
    , m_approveButton(new QPushButton(tr("&Approve processor…"), this))
    , m_reviewedButton(new QPushButton(tr("Review &done…"), this))
{
    setObjectName(QStringLiteral("registersView"));
    m_reviewLabel->setObjectName(QStringLiteral("reviewLabel"));
    m_newVerwerkingButton->setObjectName(QStringLiteral("newVerwerkingButton"));
    m_editVerwerkingButton->setObjectName(QStringLiteral("editVerwerkingButton"));
    m_newVerwerkerButton->setObjectName(QStringLiteral("newVerwerkerButton"));
    m_approveButton->setObjectName(QStringLiteral("approveVerwerkerButton"));
    m_reviewedButton->setObjectName(QStringLiteral("verwerkerReviewedButton"));
    const bool maintains = roleMayDo(user, Operation::MaintainRegisters);
    for (QPushButton *button : {m_newVerwerkingButton, m_editVerwerkingButton, m_newVerwerkerButton, m_reviewedButton})
        button->setVisible(maintains);
    m_approveButton->setVisible(roleMayDo(user, Operation::ApproveVerwerker));

    auto *verwerkingen = new QGroupBox(tr("Verwerkingsregister (P 24.3)"), this);
    m_verwerkingenTable = recordsView(QStringLiteral("verwerkingenTable"), m_verwerkingenModel, verwerkingen);
    m_verwerkingenTable->setAccessibleName(tr("Processing register"));
    auto *verwerkingenLayout = new QVBoxLayout(verwerkingen);
    verwerkingenLayout->addWidget(m_verwerkingenTable);
    verwerkingenLayout->addLayout(buttonRow({m_newVerwerkingButton, m_editVerwerkingButton}));

    auto *verwerkers = new QGroupBox(tr("Processors (P 22.3)"), this);
    auto *verwerkersLayout = new QVBoxLayout(verwerkers);
    verwerkersLayout->addWidget(m_reviewLabel);
    m_verwerkersTable = recordsView(QStringLiteral("verwerkersTable"), m_verwerkersModel, verwerkers);
    m_verwerkersTable->setAccessibleName(tr("Processors"));
    verwerkersLayout->addWidget(m_verwerkersTable);
    verwerkersLayout->addLayout(buttonRow({m_newVerwerkerButton, m_approveButton, m_reviewedButton}));

    // One print or PDF holds both registers, as shown: one set of buttons, each with its own access key.
    auto *documentButtons = new DocumentButtons(QStringLiteral("Registers.pdf"), [this]() {
        return QList<Document>{verwerkingsregisterDocument(m_verwerkingen, m_today), verwerkersDocument(m_verwerkers, m_today)};
    }, this);
    documentButtons->setObjectName(QStringLiteral("registersDocumentButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(verwerkingen, 2);
    layout->addWidget(verwerkers, 1);
    layout->addWidget(documentButtons);

    connect(m_verwerkingenTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegistersView::updateButtons);
    connect(m_verwerkersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegistersView::updateButtons);
    connect(m_newVerwerkingButton, &QPushButton::clicked, this,
            [this]() { openStep(new VerwerkingDialog(m_service, Verwerking{}, this)); });
    connect(m_editVerwerkingButton, &QPushButton::clicked, this, [this]() {
        if (const Verwerking *verwerking = selectedVerwerking())
            openStep(new VerwerkingDialog(m_service, *verwerking, this));
    });
    connect(m_newVerwerkerButton, &QPushButton::clicked, this, [this]() { openStep(new VerwerkerDialog(m_service, this)); });
    connect(m_approveButton, &QPushButton::clicked, this, [this]() {
        if (const Verwerker *verwerker = selectedVerwerker())
            openStep(new ApproveVerwerkerDialog(m_service, *verwerker, this));
    });
    connect(m_reviewedButton, &QPushButton::clicked, this, [this]() {
        if (const Verwerker *verwerker = selectedVerwerker())
            openStep(new VerwerkerReviewDialog(m_service, *verwerker, m_today, this));
    });
    updateButtons();
}

const Verwerking *RegistersView::selectedVerwerking() const
{
    const int row = selectedModelRow(m_verwerkingenTable);
    return row >= 0 && row < m_verwerkingen.size() ? &m_verwerkingen.at(row) : nullptr;
}

const Verwerker *RegistersView::selectedVerwerker() const
{
    const int row = selectedModelRow(m_verwerkersTable);
    return row >= 0 && row < m_verwerkers.size() ? &m_verwerkers.at(row) : nullptr;
}

// What cannot be done yet says why, so a disabled button is never a riddle.
void RegistersView::updateButtons()
{
    m_editVerwerkingButton->setEnabled(selectedVerwerking());
    m_editVerwerkingButton->setToolTip(selectedVerwerking() ? tr("Change the chosen processing activity")
                                                            : tr("Choose a processing activity first"));
    const Verwerker *verwerker = selectedVerwerker();
    m_approveButton->setEnabled(verwerker && verwerker->awaitsHoofd());
    m_reviewedButton->setEnabled(verwerker && !verwerker->awaitsHoofd());
    if (!verwerker) {
        m_approveButton->setToolTip(tr("Choose a processor first"));
        m_reviewedButton->setToolTip(tr("Choose a processor first"));
        return;
    }
    m_approveButton->setToolTip(verwerker->awaitsHoofd() ? tr("Give written approval for this processor")
                                                         : tr("This processor has been approved already"));
    m_reviewedButton->setToolTip(verwerker->awaitsHoofd() ? tr("The yearly review starts once the hoofd has approved it")
                                                          : tr("Record that the yearly review was done"));
}

void RegistersView::openStep(QDialog *dialog)
{
    connect(dialog, &QDialog::accepted, this, &RegistersView::refresh);
    dialog->open();
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
                       updateButtons();
                   });
    m_service.call(this, [](Service &service) { return service.verwerkers(); }, [this](const Result<QList<Verwerker>> &verwerkers) {
        showVerwerkers(verwerkers.value_or(QList<Verwerker>()), verwerkers ? QString() : verwerkers.error().message);
    });
}

void RegistersView::showVerwerkers(const QList<Verwerker> &verwerkers, const QString &error)
{
    const qint64 chosen = selectedVerwerker() ? selectedVerwerker()->id : 0;
    m_verwerkers = verwerkers;
    QList<QList<TableCell>> rows;
    int due = 0;
    int waiting = 0;
    int selectRow = -1;
    for (const Verwerker &v : std::as_const(m_verwerkers)) {
        const bool overdue = v.reviewOverdueOn(m_today);
        due += overdue ? 1 : 0;
        waiting += v.awaitsHoofd() ? 1 : 0;
        if (v.id == chosen)
            selectRow = int(rows.size());
        const TableCell approval = v.awaitsHoofd() ? TableCell(tr("waits for the hoofd"), {}, true) : dayCell(v.approvedByHoofdOn);
        rows << QList<TableCell>{v.naam, v.dienst, approval, dayCell(v.lastReviewedOn), dayCell(v.reviewDue(), overdue)};
    }
    m_verwerkersModel->setRows(rows);
    if (selectRow >= 0)
        selectModelRow(m_verwerkersTable, selectRow); // after a step, the same processor stays chosen
    if (!error.isEmpty())
        m_reviewLabel->setText(tr("The processors could not be loaded: %1").arg(error));
    else if (due == 0 && waiting == 0)
        m_reviewLabel->setText(tr("No processor is due for its yearly review."));
    else {
        QStringList parts;
        if (due > 0)
            parts << tr("%n processor(s) due for the yearly review.", nullptr, due);
        if (waiting > 0)
            parts << tr("%n processor(s) waiting for the hoofd's approval.", nullptr, waiting);
        m_reviewLabel->setText(parts.join(QLatin1Char(' ')));
    }
    updateButtons();
}

} // namespace casusregie::ui
