#include "verzoeken/VerzoekDossierPanel.h"

#include "domain/EnumTraits.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"
#include "verzoeken/VerzoekExecutionDialogs.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

VerzoekDossierPanel::VerzoekDossierPanel(ServiceThread &service, bool mayExecute, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_summaryLabel(new QLabel(this))
    , m_items(new RowsModel({tr("Casus"), tr("Kind of data"), tr("Supplied by"), tr("Phase"), tr("Answered by")}, this))
    , m_itemsView(recordsView(QStringLiteral("dossierItemsTable"), m_items, this))
    , m_correctButton(new QPushButton(tr("&Correct item…"), this))
    , m_eraseButton(new QPushButton(tr("&Erase item…"), this))
{
    m_correctButton->setObjectName(QStringLiteral("correctItemButton"));
    m_eraseButton->setObjectName(QStringLiteral("eraseItemButton"));
    setObjectName(QStringLiteral("verzoekDossierPanel"));
    m_summaryLabel->setObjectName(QStringLiteral("dossierSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel->setTextFormat(Qt::PlainText); // a requester's name is shown as typed, never as markup
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_itemsView);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_correctButton);
    buttons->addWidget(m_eraseButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_correctButton->setVisible(mayExecute);
    m_eraseButton->setVisible(mayExecute);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VerzoekDossierPanel::updateButtons);
    connect(m_correctButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekItem *item = selectedItem())
            openStep(new CorrectItemDialog(m_service, m_verzoekId, *item, this));
    });
    connect(m_eraseButton, &QPushButton::clicked, this, [this]() {
        if (const VerzoekItem *item = selectedItem())
            openStep(new EraseItemDialog(m_service, m_verzoekId, *item, this));
    });
    updateButtons();
    hide();
}

const VerzoekItem *VerzoekDossierPanel::selectedItem() const
{
    const int row = selectedModelRow(m_itemsView);
    return m_dossier && row >= 0 && row < m_dossier->items.size() ? &m_dossier->items.at(row) : nullptr;
}

// As the service decides it (LocalService::correctGegeven, deleteGegeven): a granted request of
// that kind, not yet answered, on an item the hoofd answers for.
QString VerzoekDossierPanel::whyNot(VerzoekType type) const
{
    const VerzoekItem *item = selectedItem();
    if (!item)
        return tr("Choose an item first");
    const Verzoek &verzoek = m_dossier->status.verzoek;
    if (verzoek.type != type)
        return tr("This request does not ask for that");
    if (!verzoek.granted())
        return tr("First decide to grant the request (in full or in part)");
    if (item->routedToOm || item->routedToPolitie)
        return tr("The OM's privacy officer or the police's Wpg desk answers for this item");
    return QString();
}

void VerzoekDossierPanel::updateButtons()
{
    const QString correct = whyNot(VerzoekType::Correctie);
    const QString erase = whyNot(VerzoekType::Verwijdering);
    m_correctButton->setEnabled(correct.isEmpty());
    m_correctButton->setToolTip(correct);
    m_eraseButton->setEnabled(erase.isEmpty());
    m_eraseButton->setToolTip(erase);
}

void VerzoekDossierPanel::openStep(QDialog *dialog)
{
    connect(dialog, &QDialog::accepted, this, [this]() { showVerzoek(m_verzoekId); });
    dialog->open();
}

void VerzoekDossierPanel::showVerzoek(qint64 verzoekId)
{
    m_verzoekId = verzoekId;
    m_dossier.reset();
    m_items->setRows({});
    updateButtons();
    if (verzoekId == 0) {
        hide();
        return;
    }
    m_summaryLabel->setText(tr("Loading the request…"));
    show();
    m_service.call(this, [verzoekId](Service &service) { return service.verzoekDossier(verzoekId); },
                   [this, verzoekId](const Result<VerzoekDossier> &dossier) {
                       if (verzoekId != m_verzoekId)
                           return; // another request was chosen meanwhile
                       if (!dossier) {
                           m_summaryLabel->setText(tr("The request could not be loaded: %1").arg(dossier.error().message));
                           return;
                       }
                       showDossier(*dossier);
                   });
}

void VerzoekDossierPanel::showDossier(const VerzoekDossier &dossier)
{
    m_dossier = dossier;
    const QLocale locale;
    const auto day = [&](QDate date) { return locale.toString(date, QLocale::ShortFormat); };
    const Verzoek &verzoek = dossier.status.verzoek;
    QStringList lines;
    const QString via = m_partyNames.value(verzoek.viaPartyId);
    lines << tr("Asked: %1, received %2%3.").arg(enumLabel(verzoek.type), day(verzoek.receivedOn),
                                                via.isEmpty() ? QString() : tr(" via %1").arg(via));
    lines << tr("Requester: %1, born %2.")
                 .arg(verzoek.requesterName, verzoek.requesterBirthDate.isValid() ? day(verzoek.requesterBirthDate) : tr("unknown"));
    lines << (verzoek.identityVerified() ? tr("Identity verified on %1: %2.").arg(day(verzoek.identityVerifiedOn), verzoek.identityVerifiedHow)
                                         : tr("Identity not yet verified: the casussen and items concerned are shown once it is (P 18.4)."));
    lines << tr("Deadline: %1%2. %3.")
                 .arg(day(dossier.status.deadline), dossier.status.overdue ? tr(" (overdue)") : QString(), dossier.deadlineBasis);
    if (verzoek.identityVerified() && !verzoek.sentOn.isValid()) {
        lines << (dossier.casusnummers.isEmpty() ? tr("No casus holds data about the requester.")
                                                 : tr("Casussen: %1.").arg(dossier.casusnummers.join(QStringLiteral(", "))));
        if (dossier.keptOmVerstrekkingen > 0)
            lines << tr("Kept records of OM disclosures from destroyed casussen: %1, for the OM's privacy officer (P 17.5).")
                         .arg(dossier.keptOmVerstrekkingen);
    } else if (verzoek.sentOn.isValid()) {
        lines << tr("Answer sent on %1.").arg(day(verzoek.sentOn));
    }
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));

    QList<QList<TableCell>> rows;
    for (const VerzoekItem &item : dossier.items) {
        const QString answeredBy = item.routedToOm        ? tr("routed to the OM's privacy officer (P 17.5)")
                                   : item.routedToPolitie ? tr("routed to the police's Wpg desk (P 17.6)")
                                                          : tr("the hoofd");
        rows << QList<TableCell>{item.casusnummer, enumLabel(item.category), m_partyNames.value(item.supplierPartyId),
                                 enumLabel(item.phase), TableCell(answeredBy, {}, item.routedToOm || item.routedToPolitie)};
    }
    m_items->setRows(rows);
    m_itemsView->setVisible(!rows.isEmpty());
    updateButtons();
}

} // namespace casusregie::ui
