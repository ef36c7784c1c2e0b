#include "cases/CaseCourseTabs.h"

#include "audit/AuditRows.h"
#include "common/Clock.h"
#include "domain/EnumTraits.h"
#include "rules/Operation.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QGroupBox>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

const QString dateFormat = QStringLiteral("dd-MM-yyyy");

TableCell dateCell(QDate date, bool attention = false)
{
    return TableCell(date.isValid() ? date.toString(dateFormat) : QString(), date, attention);
}

// A moment as the ZVH reads it: in Europe/Amsterdam.
TableCell momentCell(const QDateTime &moment)
{
    return TableCell(moment.isValid() ? inAmsterdam(moment).toString(dateFormat + QStringLiteral(" HH:mm")) : QString(), moment);
}

} // namespace

CaseCourseTabs::CaseCourseTabs(ServiceThread &service, qint64 casusId, QHash<qint64, QString> partyNames, QWidget *parent)
    : QTabWidget(parent)
    , m_service(service)
    , m_casusId(casusId)
    , m_partyNames(std::move(partyNames))
    , m_involved(new RowsModel({tr("Party"), tr("Role in the casus")}, this))
    , m_checks(new RowsModel({tr("Date"), tr("Other ZVH"), tr("Result")}, this))
    , m_asked(new RowsModel({tr("When"), tr("Party asked"), tr("About"), tr("Question"), tr("By")}, this))
    , m_overleggen(new RowsModel({tr("When"), tr("Where"), tr("Goal"), tr("Invited"), tr("Attended"), tr("Minutes")}, this))
    , m_besluiten(new RowsModel({tr("Overleg of"), tr("Kind"), tr("Decision"), tr("Outcome"), tr("Recorded by"), tr("At")}, this))
    , m_approvals(new RowsModel({tr("Item"), tr("For party"), tr("Purpose"), tr("Phase"), tr("Approved by"), tr("On"), tr("How"),
                                 tr("Withdrawn on")}, this))
    , m_consents(new RowsModel({tr("Betrokkene"), tr("For items of"), tr("Given by"), tr("On"), tr("Scope"), tr("Recorded how"),
                                tr("Withdrawn on")}, this))
    , m_verstrekkingen(new RowsModel({tr("When"), tr("To"), tr("Items"), tr("Purpose"), tr("Legal basis"), tr("By")}, this))
    , m_copies(new RowsModel({tr("Copy"), tr("For party"), tr("Items"), tr("Made by"), tr("At")}, this))
    , m_informatieplicht(new RowsModel({tr("Betrokkene"), tr("Informed"), tr("On / expected"), tr("How / ground"), tr("Review on"),
                                        tr("By party")}, this))
    , m_history(new RowsModel({tr("When"), tr("From"), tr("To"), tr("Decision"), tr("Basis"), tr("By")}, this))
    , m_overrides(new RowsModel({tr("Item"), tr("Ground (bijvoegsel 4)"), tr("Motivation"), tr("Decided by"), tr("Recorded by"),
                                 tr("At")}, this))
    , m_notes(new RowsModel({tr("When"), tr("Note"), tr("By")}, this))
    , m_extensions(new RowsModel({tr("Decided on"), tr("Months"), tr("Partners"), tr("Motivation"), tr("Recorded by")}, this))
    , m_auditTrail(new RowsModel(AuditRows::headers(AuditRows::Columns::OfOneCasus), this))
{
    setObjectName(QStringLiteral("caseCourseTabs"));
    m_triagePage = page(QStringLiteral("triagePage"), {{tr("Parties involved"), m_involved},
                                                       {tr("Bekendheidschecks at other ZVHs"), m_checks},
                                                       {tr("Information asked of parties"), m_asked}});
    addTab(m_triagePage, tr("Triage"));
    addTab(page(QStringLiteral("overleggenPage"), {{tr("Overleggen"), m_overleggen}, {tr("Decisions"), m_besluiten}}),
           tr("Overleggen and decisions"));
    addTab(page(QStringLiteral("disclosuresPage"), {{tr("Supplier approvals per item and recipient"), m_approvals},
                                                    {tr("Consents"), m_consents}, {tr("Verstrekkingen"), m_verstrekkingen},
                                                    {tr("Printed case summaries"), m_copies},
                                                    {tr("Professional secrecy set aside (P 7.2)"), m_overrides}}),
           tr("Approvals and disclosures"));
    m_informPage = page(QStringLiteral("informPage"), {{tr("Informing the betrokkenen (P 16)"), m_informatieplicht}});
    addTab(m_informPage, tr("Information duty"));
    m_historyPage = page(QStringLiteral("historyPage"), {{tr("Phase changes"), m_history},
                                                         {tr("Monitoring after afschaling"), m_notes},
                                                         {tr("Retention extended (P 11.3)"), m_extensions},
                                                         {tr("Audit trail of this casus (who looked at or recorded what)"), m_auditTrail}});
    addTab(m_historyPage, tr("History"));
    for (const char *own : {"historyPage/0", "historyPage/1", "historyPage/2"})
        m_procesregisseurGroups << m_historyPage->findChild<QTableView *>(QLatin1String(own))->parentWidget();
    m_auditGroup = m_historyPage->findChild<QTableView *>(QStringLiteral("historyPage/3"))->parentWidget();
    updateHistoryVisibility();
    addPageShortcuts();
}

// A workspace has more actions than the alphabet has letters; the letters go to the actions and
// the pages answer Alt+1 … Alt+9, by their place among the shown ones. A hidden workspace's
// shortcuts are inactive, so several open casussen do not compete for them.
void CaseCourseTabs::addPageShortcuts()
{
    for (int place = 1; place <= 9; ++place) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + place)), this);
        connect(shortcut, &QShortcut::activated, this, [this, place]() { showPageAt(place); });
    }
}

void CaseCourseTabs::showPageAt(int place)
{
    for (int index = 0, shown = 0; index < count(); ++index) {
        if (isTabVisible(index) && ++shown == place) {
            setCurrentIndex(index);
            tabBar()->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void CaseCourseTabs::setPageShown(QWidget *page, bool shown)
{
    setTabVisible(indexOf(page), shown);
    for (int index = 0, place = 0; index < count(); ++index) {
        if (isTabVisible(index))
            setTabToolTip(index, tr("Alt+%1").arg(++place));
    }
}

QWidget *CaseCourseTabs::page(const QString &objectName, const QList<std::pair<QString, RowsModel *>> &tables)
{
    // Tables one above the other; the user drags the borders to give one more room.
    auto *page = new QSplitter(Qt::Vertical, this);
    page->setObjectName(objectName);
    page->setChildrenCollapsible(false);
    int number = 0;
    for (const auto &[title, model] : tables) {
        auto *group = new QGroupBox(title, page);
        auto *view = recordsView(objectName + QLatin1Char('/') + QString::number(number++), model, group);
        view->setAccessibleName(title);
        auto *layout = new QVBoxLayout(group);
        layout->addWidget(view, 1);
        layout->addWidget(recordDetail(view, group));
        page->addWidget(group);
    }
    return page;
}

void CaseCourseTabs::setKnown(QHash<qint64, QString> betrokkeneNames, QList<Gegeven> items)
{
    m_betrokkeneNames = std::move(betrokkeneNames);
    m_items.clear();
    for (const Gegeven &item : items)
        m_items.insert(item.id, item);
}

void CaseCourseTabs::setProcesregisseur(bool assigned)
{
    // These parts are the procesregisseur's; the service gives others none of them (P 9.6).
    m_procesregisseur = assigned;
    for (QWidget *own : {m_triagePage, m_informPage})
        setPageShown(own, assigned);
    updateHistoryVisibility();
}

void CaseCourseTabs::setAuditTrailOffered(bool offered)
{
    m_auditTrailOffered = offered;
    updateHistoryVisibility();
    if (offered)
        loadAuditTrail();
    else
        m_auditTrail->setRows({});
}

void CaseCourseTabs::updateHistoryVisibility()
{
    // The phase changes always; monitoring and retention only once there is any, so the audit
    // trail keeps its room.
    const QList<RowsModel *> tables{m_history, m_notes, m_extensions};
    for (int index = 0; index < m_procesregisseurGroups.size(); ++index)
        m_procesregisseurGroups.at(index)->setVisible(m_procesregisseur && (index == 0 || tables.at(index)->rowCount() > 0));
    m_auditGroup->setVisible(m_auditTrailOffered);
    setPageShown(m_historyPage, m_procesregisseur || m_auditTrailOffered);
}

void CaseCourseTabs::loadAuditTrail()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.auditTrail(id); },
                   [this](const Result<QList<AuditRecord>> &records) { showAuditTrail(records.value_or(QList<AuditRecord>())); });
}

void CaseCourseTabs::showAuditTrail(const QList<AuditRecord> &records)
{
    QList<QList<TableCell>> rows;
    rows.reserve(records.size());
    // Newest first: what was done last is what one looks for.
    for (auto record = records.crbegin(); record != records.crend(); ++record)
        rows << AuditRows::row(*record, m_partyNames, AuditRows::Columns::OfOneCasus);
    m_auditTrail->setRows(rows);
}

void CaseCourseTabs::reload()
{
    const qint64 id = m_casusId;
    m_service.call(this, [id](Service &service) { return service.overleggen(id); },
                   [this](const Result<QList<Overleg>> &overleggen) { showOverleggen(overleggen.value_or(QList<Overleg>())); });
    m_service.call(this, [id](Service &service) { return service.casusCourse(id); }, [this](const Result<CasusCourse> &course) {
        showCourse(course.value_or(CasusCourse()));
    });
    m_service.call(this, [id](Service &service) { return service.consents(id); },
                   [this](const Result<QList<Consent>> &consents) { showConsents(consents.value_or(QList<Consent>())); });
    m_service.call(this, [id](Service &service) { return service.summaryCopies(id); },
                   [this](const Result<QList<SummaryCopyRecord>> &copies) { showCopies(copies.value_or(QList<SummaryCopyRecord>())); });
}

QString CaseCourseTabs::itemText(qint64 gegevenId) const
{
    const auto item = m_items.constFind(gegevenId);
    if (item == m_items.cend())
        return tr("item %1").arg(gegevenId);
    return tr("%1 about %2 (%3)").arg(enumLabel(item->category), m_betrokkeneNames.value(item->betrokkeneId),
                                      m_partyNames.value(item->supplierPartyId));
}

QString CaseCourseTabs::partyList(const QList<qint64> &ids) const
{
    QStringList names;
    for (const qint64 id : ids)
        names << m_partyNames.value(id);
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

void CaseCourseTabs::showOverleggen(const QList<Overleg> &overleggen)
{
    QList<QList<TableCell>> rows;
    m_overlegDates.clear();
    for (const Overleg &overleg : overleggen) {
        m_overlegDates.insert(overleg.id, overleg.datum);
        rows << QList<TableCell>{momentCell(overleg.datum), overleg.plaats, overleg.doel, partyList(overleg.invitedPartyIds),
                                 partyList(overleg.attendingPartyIds), overleg.minutes};
    }
    m_overleggen->setRows(rows);
}

void CaseCourseTabs::showCourse(const CasusCourse &course)
{
    const auto byName = [&course](qint64 userId) { return course.userNames.value(userId); };
    QList<QList<TableCell>> rows;
    for (const InvolvedParty &party : course.involvedParties)
        rows << QList<TableCell>{m_partyNames.value(party.partyId), party.role};
    m_involved->setRows(std::exchange(rows, {}));
    for (const Bekendheidscheck &check : course.bekendheidschecks)
        rows << QList<TableCell>{dateCell(check.datum), check.otherZvh, check.result};
    m_checks->setRows(std::exchange(rows, {}));
    for (const Informatieverzoek &verzoek : course.informatieverzoeken)
        rows << QList<TableCell>{momentCell(verzoek.at), m_partyNames.value(verzoek.partyId), m_betrokkeneNames.value(verzoek.betrokkeneId),
                                 verzoek.vraag, byName(verzoek.byUserId)};
    m_asked->setRows(std::exchange(rows, {}));
    for (const OverlegBesluit &besluit : course.besluiten)
        rows << QList<TableCell>{momentCell(m_overlegDates.value(besluit.overlegId)), enumLabel(besluit.soort), besluit.text,
                                 besluit.outcome, byName(besluit.byUserId), momentCell(besluit.at)};
    m_besluiten->setRows(std::exchange(rows, {}));
    for (const Approval &approval : course.approvals)
        rows << QList<TableCell>{itemText(approval.gegevenId), m_partyNames.value(approval.recipientPartyId), enumLabel(approval.purpose),
                                 enumLabel(approval.phase), approval.approvedBy, dateCell(approval.approvedOn), approval.how,
                                 dateCell(approval.withdrawnOn, approval.withdrawnOn.isValid())};
    m_approvals->setRows(std::exchange(rows, {}));
    Q_EMIT approvalsShown(course.approvals);
    for (const Verstrekking &verstrekking : course.verstrekkingen) {
        QStringList items;
        for (const qint64 id : verstrekking.gegevenIds)
            items << itemText(id);
        const QString to = verstrekking.recipientPartyId ? m_partyNames.value(verstrekking.recipientPartyId) : verstrekking.thirdPartyName;
        rows << QList<TableCell>{momentCell(verstrekking.at), to,
                                 TableCell(items.isEmpty() ? tr("none") : items.join(QStringLiteral("; ")), int(items.size())),
                                 verstrekking.purpose, verstrekking.legalBasis, byName(verstrekking.byUserId)};
    }
    m_verstrekkingen->setRows(std::exchange(rows, {}));
    for (const Informatieplicht &record : course.informatieplicht) {
        rows << QList<TableCell>{m_betrokkeneNames.value(record.betrokkeneId), record.informed ? tr("yes") : tr("withheld"),
                                 dateCell(record.informed ? record.informedOn : record.expectedOn),
                                 record.informed ? record.how : enumLabel(record.ground) + QStringLiteral(": ") + record.motivation,
                                 dateCell(record.reviewOn), m_partyNames.value(record.byPartyId)};
    }
    m_informatieplicht->setRows(std::exchange(rows, {}));
    for (const PhaseTransition &transition : course.phaseHistory)
        rows << QList<TableCell>{momentCell(transition.at), enumLabel(transition.from), enumLabel(transition.to), transition.decision,
                                 transition.basis, byName(transition.byUserId)};
    m_history->setRows(std::exchange(rows, {}));
    for (const SecrecyOverride &override : course.secrecyOverrides)
        rows << QList<TableCell>{itemText(override.gegevenId), enumLabel(override.legalGround), override.motivation, override.decidedBy,
                                 byName(override.recordedByUserId), momentCell(override.recordedAt)};
    m_overrides->setRows(std::exchange(rows, {}));
    for (const MonitoringNote &note : course.monitoringNotes)
        rows << QList<TableCell>{momentCell(note.at), note.note, byName(note.byUserId)};
    m_notes->setRows(std::exchange(rows, {}));
    for (const RetentionExtension &extension : course.retentionExtensions)
        rows << QList<TableCell>{dateCell(extension.decidedOn), TableCell(QString::number(extension.months), extension.months),
                                 extension.parties, extension.motivation, byName(extension.byUserId)};
    m_extensions->setRows(std::exchange(rows, {}));
    updateHistoryVisibility();
}

void CaseCourseTabs::showConsents(const QList<Consent> &consents)
{
    QList<QList<TableCell>> rows;
    for (const Consent &consent : consents) {
        const QString giver = consent.givenBy == ConsentGiver::Betrokkene
                                  ? enumLabel(consent.givenBy)
                                  : tr("%1: %2").arg(enumLabel(consent.givenBy), consent.representativeName);
        rows << QList<TableCell>{m_betrokkeneNames.value(consent.betrokkeneId), m_partyNames.value(consent.supplierPartyId), giver,
                                 dateCell(consent.givenOn), consent.scope, consent.recordedHow,
                                 dateCell(consent.withdrawnOn, consent.withdrawnOn.isValid())};
    }
    m_consents->setRows(rows);
    Q_EMIT consentsShown(consents);
}

void CaseCourseTabs::showCopies(const QList<SummaryCopyRecord> &copies)
{
    QList<QList<TableCell>> rows;
    for (const SummaryCopyRecord &copy : copies)
        rows << QList<TableCell>{copy.number, m_partyNames.value(copy.recipientPartyId), TableCell(QString::number(copy.itemCount), copy.itemCount),
                                 copy.byName, momentCell(copy.at)};
    m_copies->setRows(rows);
}

} // namespace casusregie::ui
