#include "verzoeken/VerzoekenView.h"

#include "common/Clock.h"
#include "documents/RightsDocuments.h"
#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "main/RoleScreens.h"
#include "service/ServiceThread.h"
#include "verzoeken/VerzoekDialogs.h"
#include "verzoeken/VerzoekDossierPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

VerzoekenView::VerzoekenView(ServiceThread &service, User user, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_user(std::move(user))
    , m_summaryLabel(new QLabel(this))
    , m_model(new RowsModel({tr("Kind"), tr("Received"), tr("Via"), tr("Requester"), tr("Identity verified"), tr("Deadline"),
                             tr("Decision"), tr("Sent")},
                            this))
    , m_table(recordsView(QStringLiteral("verzoekenTable"), m_model, this))
    , m_registerButton(new QPushButton(tr("&Register request…"), this))
    , m_identityButton(new QPushButton(tr("&Identity verified…"), this))
    , m_decideButton(new QPushButton(tr("&Decide…"), this))
    , m_sentButton(new QPushButton(tr("Answer &sent…"), this))
    , m_overviewButton(new QPushButton(tr("Inzage &overview…"), this))
    , m_letterButton(new QPushButton(tr("Decision &letter…"), this))
{
    setObjectName(QStringLiteral("verzoekenView"));
    m_summaryLabel->setObjectName(QStringLiteral("verzoekenSummaryLabel"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Request register"));
    m_registerButton->setObjectName(QStringLiteral("registerVerzoekButton"));
    m_identityButton->setObjectName(QStringLiteral("identityButton"));
    m_decideButton->setObjectName(QStringLiteral("decideButton"));
    m_sentButton->setObjectName(QStringLiteral("sentButton"));
    m_registerButton->setVisible(allows(Operation::RegisterVerzoek));
    m_identityButton->setVisible(allows(Operation::VerifyVerzoekIdentity));
    m_decideButton->setVisible(allows(Operation::DecideVerzoek));
    m_sentButton->setVisible(allows(Operation::SendVerzoekAnswer));
    m_overviewButton->setObjectName(QStringLiteral("overviewButton"));
    m_overviewButton->setToolTip(tr("The overview for the requester: P 18.1 a-h and a copy of the data (P 18.5), to print or save"));
    m_overviewButton->setVisible(allows(Operation::ViewInzageOverzicht));
    m_letterButton->setObjectName(QStringLiteral("letterButton"));
    m_letterButton->setToolTip(tr("The written, motivated decision for the requester (P 18.3, 19.4, 20.4)"));
    m_letterButton->setVisible(allows(Operation::DecideVerzoek));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_registerButton, m_identityButton, m_decideButton, m_sentButton, m_overviewButton, m_letterButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    if (allows(Operation::ViewVerzoekDossier)) {
        m_dossier = new VerzoekDossierPanel(m_service, allows(Operation::ExecuteVerzoek), this);
        layout->addWidget(m_dossier, 1);
    }
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VerzoekenView::updateButtons);
    connect(m_registerButton, &QPushButton::clicked, this,
            [this]() { openStep(new RegisterVerzoekDialog(m_service, m_partyNames, m_user.partyId, this)); });
    connect(m_identityButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekStatus *status = selected())
            openStep(new VerifyIdentityDialog(m_service, status->verzoek.id, this));
    });
    connect(m_decideButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekStatus *status = selected())
            openStep(new DecideVerzoekDialog(m_service, status->verzoek.id, this));
    });
    connect(m_sentButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekStatus *status = selected())
            openStep(new AnswerSentDialog(m_service, status->verzoek.id, this));
    });
    connect(m_overviewButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekStatus *status = selected())
            previewInzageOverzicht(status->verzoek.id);
    });
    connect(m_letterButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekStatus *status = selected())
            openPrintPreview(this, {besluitbriefDocument(status->verzoek, status->deadline,
                                                         SystemClock().today())})
                ->setObjectName(QStringLiteral("letterPreview"));
    });
    updateButtons();
}

bool VerzoekenView::isUsefulFor(const User &user)
{
    return roleMayDo(user, Operation::ViewVerzoeken);
}

bool VerzoekenView::allows(Operation operation) const
{
    return roleMayDo(m_user, operation);
}

void VerzoekenView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    if (m_dossier)
        m_dossier->setPartyNames(m_partyNames);
    refresh();
}

const VerzoekStatus *VerzoekenView::selected() const
{
    const int row = selectedModelRow(m_table); // the model keeps m_verzoeken's order
    return row >= 0 && row < m_verzoeken.size() ? &m_verzoeken.at(row) : nullptr;
}

void VerzoekenView::updateButtons()
{
    const VerzoekStatus *status = selected();
    if (m_dossier)
        m_dossier->showVerzoek(status ? status->verzoek.id : 0);
    m_identityButton->setEnabled(status && !status->verzoek.identityVerified());
    m_decideButton->setEnabled(status && status->verzoek.identityVerified() && status->verzoek.besluit == VerzoekBesluit::Open);
    m_sentButton->setEnabled(status && status->verzoek.besluit != VerzoekBesluit::Open && !status->verzoek.sentOn.isValid());
    m_overviewButton->setEnabled(status && status->verzoek.type == VerzoekType::Inzage && status->verzoek.identityVerified());
    m_letterButton->setEnabled(status && status->verzoek.besluit != VerzoekBesluit::Open);
}

void VerzoekenView::previewInzageOverzicht(qint64 verzoekId)
{
    m_service.call(this, [verzoekId](Service &service) { return service.inzageOverzicht(verzoekId); },
                   [this](const Result<InzageOverzicht> &overzicht) {
                       if (!overzicht) {
                           m_summaryLabel->setText(overzicht.error().message);
                           return;
                       }
                       openPrintPreview(this, {inzageOverzichtDocument(*overzicht)})->setObjectName(QStringLiteral("overviewPreview"));
                   });
}

void VerzoekenView::openStep(QDialog *dialog)
{
    connect(dialog, &QDialog::accepted, this, &VerzoekenView::refresh);
    dialog->open();
}

void VerzoekenView::refresh()
{
    m_service.call(this, [](Service &service) { return service.verzoeken(); }, [this](const Result<QList<VerzoekStatus>> &list) {
        const qint64 chosen = selected() ? selected()->verzoek.id : 0;
        if (!list) {
            m_summaryLabel->setText(tr("The request register could not be loaded: %1").arg(list.error().message));
            return;
        }
        m_verzoeken = *list;
        const QLocale locale;
        const auto day = [&](QDate date) {
            return TableCell(date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString(), date);
        };
        int overdue = 0;
        QList<QList<TableCell>> rows;
        for (const VerzoekStatus &status : std::as_const(m_verzoeken)) {
            const Verzoek &verzoek = status.verzoek;
            overdue += status.overdue ? 1 : 0;
            const TableCell deadline(day(status.deadline).text + (status.overdue ? tr(" (overdue)") : QString()), status.deadline,
                                     status.overdue);
            rows << QList<TableCell>{enumLabel(verzoek.type), day(verzoek.receivedOn), m_partyNames.value(verzoek.viaPartyId),
                                     verzoek.requesterName,
                                     verzoek.identityVerified() ? day(verzoek.identityVerifiedOn) : TableCell(tr("not yet")), deadline,
                                     enumLabel(verzoek.besluit), day(verzoek.sentOn)};
        }
        m_model->setRows(rows);
        // After a step the same request stays chosen, with its dossier, for the next step.
        for (int row = 0; row < m_verzoeken.size(); ++row) {
            if (m_verzoeken.at(row).verzoek.id == chosen)
                selectModelRow(m_table, row);
        }
        m_summaryLabel->setText(tr("Requests: %n", nullptr, int(m_verzoeken.size()))
                                + (overdue > 0 ? tr(", of which %n overdue", nullptr, overdue) : QString()));
        updateButtons();
    });
}

} // namespace casusregie::ui
