#include "audit/KeptOmDisclosuresView.h"

#include "common/Clock.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

KeptOmDisclosuresView::KeptOmDisclosuresView(ServiceThread &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new RowsModel({tr("Disclosed"), tr("OM party"), tr("Recipient"), tr("Legal ground"), tr("Kinds of data"),
                             tr("About"), tr("Destroyed on")},
                            this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("keptOmDisclosuresView"));
    m_summaryLabel->setObjectName(QStringLiteral("keptOmSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    QTableView *table = recordsView(QStringLiteral("keptOmTable"), m_model, this);
    table->setAccessibleName(tr("Kept records of OM disclosures"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(table, 1);
}

void KeptOmDisclosuresView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    refresh();
}

void KeptOmDisclosuresView::refresh()
{
    m_service.call(this, [](Service &service) { return service.bewaardeOmVerstrekkingen(); },
                   [this](const Result<QList<BewaardeOmVerstrekking>> &records) {
                       const QLocale locale;
                       QList<QList<TableCell>> rows;
                       for (const BewaardeOmVerstrekking &record : records.value_or(QList<BewaardeOmVerstrekking>())) {
                           QStringList kinds;
                           for (const DataCategory category : record.categories)
                               kinds << enumLabel(category);
                           const QString recipient = record.recipientPartyId ? m_partyNames.value(record.recipientPartyId)
                                                                             : record.thirdPartyName;
                           const QString about = record.betrokkeneGeboortedatum.isValid()
                                                     ? tr("%1, born %2").arg(record.betrokkeneNaam,
                                                                            locale.toString(record.betrokkeneGeboortedatum, QLocale::ShortFormat))
                                                     : record.betrokkeneNaam;
                           rows << QList<TableCell>{
                               TableCell(locale.toString(inAmsterdam(record.verstrektOp), QLocale::ShortFormat), record.verstrektOp),
                               m_partyNames.value(record.omPartyId), recipient, record.legalBasis, kinds.join(QStringLiteral(", ")), about,
                               TableCell(locale.toString(record.destroyOn, QLocale::ShortFormat), record.destroyOn)};
                       }
                       m_model->setRows(rows);
                       if (!records)
                           m_summaryLabel->setText(tr("The kept records could not be loaded: %1").arg(records.error().message));
                       else
                           m_summaryLabel->setText(tr("Records of OM disclosures kept after their casus was destroyed (P 17.5): %n. "
                                                      "Each is destroyed 4 years after the disclosure.",
                                                      nullptr, int(rows.size())));
                   });
}

} // namespace casusregie::ui
