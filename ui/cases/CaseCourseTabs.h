#pragma once

#include "domain/CasusCourse.h"
#include "domain/Consent.h"
#include "domain/SummaryCopy.h"
#include "domain/Gegeven.h"
#include "storage/AuditLog.h"

#include <QHash>
#include <QTabWidget>

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The casus's course shown back, one tab per part: triage, overleggen with their decisions,
// approvals, consents and verstrekkingen with the printed copies, the informatieplicht and the
// history: phase changes and, where the policy allows, the audit trail. Each table holds what
// the service let this user see; the procesregisseur's own parts (triage, informatieplicht,
// phase changes) are shown only to the procesregisseur.
class CaseCourseTabs final : public QTabWidget {
    Q_OBJECT
public:
    CaseCourseTabs(ServiceThread &service, qint64 casusId, QHash<qint64, QString> partyNames, QWidget *parent = nullptr);

    // What the tables name: the betrokkenen and items the user may see.
    void setKnown(QHash<qint64, QString> betrokkeneNames, QList<Gegeven> items);
    void setProcesregisseur(bool assigned);
    // The casus's audit trail is shown to whom the service offers it (the assigned
    // procesregisseur, the hoofd, the privacy officer and the FG); each look is audited itself.
    // Told with each answer about the casus's status, and (re)loads the trail then.
    void setAuditTrailOffered(bool offered);
    void reload();
    // Shows or hides a page; Alt+1 … Alt+9 open the shown pages in order.
    void setPageShown(QWidget *page, bool shown);

Q_SIGNALS:
    void approvalsShown(const QList<Approval> &approvals);
    void consentsShown(const QList<Consent> &consents);

private:
    void addPageShortcuts();
    void showPageAt(int place);

    QWidget *page(const QString &objectName, const QList<std::pair<QString, RowsModel *>> &tables);
    void showCourse(const CasusCourse &course);
    void showOverleggen(const QList<Overleg> &overleggen);
    void showConsents(const QList<Consent> &consents);
    void showCopies(const QList<SummaryCopyRecord> &copies);
    void loadAuditTrail();
    void showAuditTrail(const QList<AuditRecord> &records);
    void updateHistoryVisibility();
    QString itemText(qint64 gegevenId) const;
    QString partyList(const QList<qint64> &ids) const;

    ServiceThread &m_service;
    qint64 m_casusId;
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, QString> m_betrokkeneNames;
    QHash<qint64, Gegeven> m_items;
    QHash<qint64, QDateTime> m_overlegDates;
    RowsModel *m_involved;
    RowsModel *m_checks;
    RowsModel *m_asked;
    RowsModel *m_overleggen;
    RowsModel *m_besluiten;
    RowsModel *m_approvals;
    RowsModel *m_consents;
    RowsModel *m_verstrekkingen;
    RowsModel *m_copies;
    RowsModel *m_informatieplicht;
    RowsModel *m_history;
    RowsModel *m_overrides;
    RowsModel *m_notes;
    RowsModel *m_extensions;
    RowsModel *m_auditTrail;
    QWidget *m_triagePage;
    QWidget *m_informPage;
    QWidget *m_historyPage;
    QList<QWidget *> m_procesregisseurGroups; // of the history page
    QWidget *m_auditGroup = nullptr;
    bool m_procesregisseur = false;
    bool m_auditTrailOffered = false;
};

} // namespace casusregie::ui
