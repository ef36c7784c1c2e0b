#include "cases/CaseWorkspace.h"

#include "cases/ApprovalDialog.h"
#include "cases/BetrokkeneDialog.h"
#include "cases/CaseCourseTabs.h"
#include "cases/CaseStatusPanel.h"
#include "cases/ChooseColleagueDialog.h"
#include "cases/ConsentDialog.h"
#include "cases/CourseNoteDialogs.h"
#include "cases/GegevenDialog.h"
#include "cases/InformatieplichtDialog.h"
#include "cases/ItemRows.h"
#include "cases/OverlegDialog.h"
#include "cases/OverlegOutcomeDialog.h"
#include "cases/PhaseChangeDialog.h"
#include "cases/PlanSection.h"
#include "cases/RetentionDialogs.h"
#include "cases/SecrecyOverrideDialog.h"
#include "cases/SummaryDialog.h"
#include "cases/TriageDialog.h"
#include "cases/VerstrekkingDialog.h"
#include "cases/WithdrawApprovalDialog.h"
#include "cases/WithdrawConsentDialog.h"
#include "common/Clock.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace casusregie::ui {

CaseWorkspace::CaseWorkspace(ServiceThread &service, const Clock &clock, User user, qint64 casusId,
                             QHash<qint64, QString> partyNames, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_casusId(casusId)
    , m_partyNames(std::move(partyNames))
    , m_headerLabel(new QLabel(this))
    , m_statusPanel(new CaseStatusPanel(this))
    , m_redenLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_takeOnButton(new QPushButton(tr("&Take on this case"), this))
    , m_addBetrokkeneButton(new QPushButton(tr("Add &betrokkene…"), this))
    , m_addGegevenButton(new QPushButton(tr("Add &item…"), this))
    , m_phaseButton(new QPushButton(tr("Change &phase…"), this))
    , m_triageButton(new QPushButton(tr("&Triage…"), this))
    , m_overlegButton(new QPushButton(tr("Plan &overleg…"), this))
    , m_approvalButton(new QPushButton(tr("Record &approval…"), this))
    , m_outcomeButton(new QPushButton(tr("Record o&verleg…"), this))
    , m_consentButton(new QPushButton(tr("&Consent…"), this))
    , m_verstrekkingButton(new QPushButton(tr("&Disclosure…"), this))
    , m_informButton(new QPushButton(tr("Information d&uty…"), this))
    , m_withdrawConsentButton(new QPushButton(tr("&Withdraw consent…"), this))
    , m_checkButton(new QPushButton(tr("Bekendheids&check…"), this))
    , m_monitoringButton(new QPushButton(tr("&Monitoring note…"), this))
    , m_summaryButton(new QPushButton(tr("Case &summary…"), this))
    , m_moreButton(new QToolButton(this))
    , m_betrokkenenModel(new RowsModel({tr("Name"), tr("Date of birth"), tr("Category"), tr("Description")}, this))
    , m_gegevensModel(new RowsModel(ItemRows::headers(), this))
    , m_betrokkenenTable(recordsView(QStringLiteral("betrokkenenTable"), m_betrokkenenModel, this))
    , m_gegevensTable(recordsView(QStringLiteral("gegevensTable"), m_gegevensModel, this))
    , m_planSection(new PlanSection(service, casusId, this))
    , m_courseTabs(new CaseCourseTabs(service, casusId, m_partyNames, this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    nameWidgets();
    layOut();
    connectActions();
    updateActions();
    reload();
}

// Object names for tests and accessibility, tooltips for what a button records.
void CaseWorkspace::nameWidgets()
{
    m_headerLabel->setObjectName(QStringLiteral("caseHeaderLabel"));
    m_redenLabel->setObjectName(QStringLiteral("redenLabel"));
    m_redenLabel->setWordWrap(true);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_takeOnButton->setObjectName(QStringLiteral("takeOnButton"));
    m_takeOnButton->hide();
    m_addBetrokkeneButton->setObjectName(QStringLiteral("addBetrokkeneButton"));
    m_addGegevenButton->setObjectName(QStringLiteral("addGegevenButton"));
    m_phaseButton->setObjectName(QStringLiteral("phaseButton"));
    m_triageButton->setObjectName(QStringLiteral("triageButton"));
    m_overlegButton->setObjectName(QStringLiteral("overlegButton"));
    m_approvalButton->setObjectName(QStringLiteral("approvalButton"));
    m_outcomeButton->setObjectName(QStringLiteral("outcomeButton"));
    m_consentButton->setObjectName(QStringLiteral("consentButton"));
    m_verstrekkingButton->setObjectName(QStringLiteral("verstrekkingButton"));
    m_informButton->setObjectName(QStringLiteral("informButton"));
    m_withdrawConsentButton->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_monitoringButton->setObjectName(QStringLiteral("monitoringButton"));
    m_summaryButton->setObjectName(QStringLiteral("summaryButton"));
    // Each button is the service's operation; what it records while it may be used.
    m_actionButtons = {{m_takeOnButton, Operation::TakeOnCase},
                       {m_triageButton, Operation::SetGoalAndThemes},
                       {m_checkButton, Operation::RecordBekendheidscheck},
                       {m_overlegButton, Operation::PlanOverleg},
                       {m_summaryButton, Operation::MakeSummaryCopies},
                       {m_outcomeButton, Operation::RecordOverlegOutcome},
                       {m_monitoringButton, Operation::AddMonitoringNote},
                       {m_phaseButton, Operation::TransitionPhase},
                       {m_addBetrokkeneButton, Operation::AddBetrokkene},
                       {m_addGegevenButton, Operation::AddGegeven},
                       {m_approvalButton, Operation::RecordApproval},
                       {m_consentButton, Operation::RecordConsent},
                       {m_withdrawConsentButton, Operation::WithdrawConsent},
                       {m_verstrekkingButton, Operation::RecordVerstrekking},
                       {m_informButton, Operation::RecordInformatieplicht}};
    m_moreButton->setObjectName(QStringLiteral("moreActionsButton"));
    m_moreButton->setText(tr("Mo&re"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_moreButton->setMenu(moreActionsMenu());
    m_descriptions.insert(m_consentButton, tr("Record a betrokkene's consent for items under professional secrecy (P 7.2)"));
    m_descriptions.insert(m_verstrekkingButton, tr("Record a disclosure of items (P 8.1)"));
    m_descriptions.insert(m_summaryButton,
                          tr("Print or save the case summary for a planned overleg, one numbered copy per party (C 13.2f)"));
    m_descriptions.insert(m_informButton, tr("Record that a betrokkene was informed, or why informing is withheld (P 16)"));
    m_descriptions.insert(m_approvalButton, tr("The supplier's approval of the selected item for other parties"));

}

// The header, two rows of actions (the casus's course; the work on its betrokkenen and items),
// the tables and the plan van aanpak.
void CaseWorkspace::layOut()
{
    auto *people = new QWidget(this);
    people->setObjectName(QStringLiteral("peoplePage"));
    auto *peopleLayout = new QVBoxLayout(people);
    auto *betrokkenen = new QGroupBox(tr("Betrokkenen"), people);
    auto *betrokkenenLayout = new QVBoxLayout(betrokkenen);
    m_betrokkenenTable->setAccessibleName(tr("Betrokkenen"));
    m_gegevensTable->setAccessibleName(tr("Items"));
    betrokkenenLayout->addWidget(m_betrokkenenTable, 1);
    betrokkenenLayout->addWidget(recordDetail(m_betrokkenenTable, betrokkenen));
    auto *gegevens = new QGroupBox(tr("Items you may see"), people);
    auto *gegevensLayout = new QVBoxLayout(gegevens);
    gegevensLayout->addWidget(m_gegevensTable, 1);
    gegevensLayout->addWidget(recordDetail(m_gegevensTable, gegevens)); // an item's whole content
    peopleLayout->addWidget(betrokkenen, 1);
    peopleLayout->addWidget(gegevens, 2);
    // Every part of the casus on its own tab, so each table has the room of the whole window.
    m_courseTabs->insertTab(0, people, tr("People and items"));
    m_courseTabs->insertTab(1, m_planSection, tr("Plan van aanpak"));
    m_courseTabs->setCurrentIndex(0);
    m_courseTabs->setPageShown(m_planSection, false); // until the service says the user may see the plan
    connect(m_planSection, &PlanSection::availabilityChanged, this,
            [this](bool available) { m_courseTabs->setPageShown(m_planSection, available); });
    connect(m_planSection, &PlanSection::changed, this, [this]() {
        Q_EMIT caseChanged();
        reload();
    });
    // Two rows: the casus's course, and the work on its betrokkenen and items.
    auto *course = new QHBoxLayout;
    for (QPushButton *action : {m_takeOnButton, m_triageButton, m_checkButton, m_overlegButton, m_summaryButton,
                                m_outcomeButton, m_monitoringButton, m_phaseButton})
        course->addWidget(action);
    course->addWidget(m_moreButton);
    course->addStretch();
    auto *items = new QHBoxLayout;
    for (QPushButton *action : {m_addBetrokkeneButton, m_addGegevenButton, m_approvalButton, m_consentButton,
                                m_withdrawConsentButton, m_verstrekkingButton, m_informButton})
        items->addWidget(action);
    items->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_statusPanel);
    layout->addWidget(m_redenLabel);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(course);
    layout->addLayout(items);
    // The tables scroll inside their tabs: the workspace fits 1280x720 and 1024x700 with any content.
    m_courseTabs->setMinimumHeight(220);
    layout->addWidget(m_courseTabs, 1);
    m_planSection->setPartyNames(m_partyNames);
}

void CaseWorkspace::connectActions()
{
    // The items table shows each item's approvals and consent as the course tabs load them.
    connect(m_courseTabs, &CaseCourseTabs::approvalsShown, this, [this](const QList<Approval> &approvals) {
        m_approvals = approvals;
        showItems();
    });
    connect(m_courseTabs, &CaseCourseTabs::consentsShown, this, [this](const QList<Consent> &consents) {
        m_consents = consents;
        showItems();
    });
    connect(m_takeOnButton, &QPushButton::clicked, this, &CaseWorkspace::takeOn);
    connect(m_addBetrokkeneButton, &QPushButton::clicked, this,
            [this]() { openForm(new BetrokkeneDialog(m_service, m_casusId, this)); });
    connect(m_addGegevenButton, &QPushButton::clicked, this, [this]() {
        openForm(new GegevenDialog(m_service, m_casusId, m_betrokkeneNames, m_partyNames, m_user.partyId, this));
    });
    connect(m_triageButton, &QPushButton::clicked, this, [this]() {
        if (m_casus)
            openForm(new TriageDialog(m_service, m_casusId, m_casus->doel, m_casus->themes, m_partyNames, this));
    });
    connect(m_overlegButton, &QPushButton::clicked, this, [this]() {
        if (m_casus)
            openForm(new OverlegDialog(m_service, m_casusId, m_casus->themes, invitable(), this));
    });
    connect(m_approvalButton, &QPushButton::clicked, this, &CaseWorkspace::approveSelectedItem);
    connect(m_outcomeButton, &QPushButton::clicked, this, &CaseWorkspace::recordOutcome);
    connect(m_summaryButton, &QPushButton::clicked, this, &CaseWorkspace::openSummaries);
    connect(m_consentButton, &QPushButton::clicked, this, [this]() {
        openForm(new ConsentDialog(m_service, m_casusId, m_betrokkeneNames, m_partyNames, m_user.partyId, this));
    });
    connect(m_withdrawConsentButton, &QPushButton::clicked, this, &CaseWorkspace::withdrawConsent);
    connect(m_checkButton, &QPushButton::clicked, this, [this]() { openForm(new BekendheidscheckDialog(m_service, m_casusId, this)); });
    connect(m_monitoringButton, &QPushButton::clicked, this,
            [this]() { openForm(new MonitoringNoteDialog(m_service, m_casusId, this)); });
    connect(m_informButton, &QPushButton::clicked, this, [this]() {
        openForm(new InformatieplichtDialog(m_service, m_casusId, m_betrokkeneNames, m_partyNames, m_user.partyId, this));
    });
    connect(m_verstrekkingButton, &QPushButton::clicked, this, [this]() {
        openForm(new VerstrekkingDialog(m_service, m_casusId, m_items, m_betrokkeneNames, m_partyNames, this));
    });
    connect(m_gegevensTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseWorkspace::updateActions);
    connect(m_phaseButton, &QPushButton::clicked, this, [this]() {
        if (m_casus)
            openForm(new PhaseChangeDialog(m_service, m_casusId, m_casus->phase, m_items, m_betrokkeneNames, this));
    });
}

void CaseWorkspace::reload()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.casus(id); }, [this](const Result<Casus> &casus) {
        if (!casus) {
            m_headerLabel->setText(casus.error().code == ErrorCode::NotFound
                                       ? tr("This case does not exist, or you may not see it.")
                                       : tr("The case could not be loaded: %1").arg(casus.error().message));
            return;
        }
        showCasus(*casus);
        loadPersonalData();
        m_courseTabs->reload(); // answered after the personal data: the names are known by then
    });
    m_service.call(this, [id = m_casusId](Service &service) { return service.caseStatus(id); },
                   [this](const Result<CasusStatus> &status) {
                       m_status = status ? std::optional(*status) : std::nullopt;
                       if (m_status && !m_casus) { // the hoofd: the number and phase, not the casus itself
                           m_headerLabel->setText(tr("<b>Case %1</b> · phase %2")
                                                      .arg(m_status->number.toString(), enumLabel(m_status->phase)));
                           Q_EMIT titleChanged(tr("Case %1").arg(m_status->number.toString()));
                       }
                       if (m_status)
                           m_statusPanel->showStatus(*m_status, m_clock.today());
                       else
                           m_statusPanel->clear();
                       m_courseTabs->setAuditTrailOffered(obstacleTo(Operation::ViewAuditTrail) == QString());
                       m_planSection->setOffer(obstacleTo(Operation::AddAfspraak), obstacleTo(Operation::UpdateAfspraakStatus),
                                               m_status ? m_status->updatableAfspraakIds : QList<qint64>());
                       updateActions();
                   });
}

void CaseWorkspace::openForm(QDialog *form)
{
    connect(form, &QDialog::accepted, this, [this]() {
        Q_EMIT caseChanged();
        reload();
    });
    form->open();
}

// The work of a few moments in a casus's life, each with its own screen.
QMenu *CaseWorkspace::moreActionsMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("moreActionsMenu"));
    menu->setToolTipsVisible(true); // a disabled action says why
    const auto add = [&](const QString &text, const char *name, Operation operation, const QString &description) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        m_menuActions << qMakePair(action, operation);
        m_descriptions.insert(action, description);
        return action;
    };
    m_withdrawApprovalAction = add(tr("&Withdraw an approval…"), "withdrawApprovalAction", Operation::WithdrawApproval,
                                   tr("End one approval of your party's item for a recipient (C 17.2)"));
    m_secrecyOverrideAction = add(tr("Set aside professional &secrecy…"), "secrecyOverrideAction", Operation::RecordSecrecyOverride,
                                  tr("Record your party's decision to share an item under professional secrecy (B4)"));
    m_appointCasusregisseurAction = add(tr("Appoint the &casusregisseur…"), "appointCasusregisseurAction",
                                        Operation::AppointCasusregisseur, tr("The partner who directs the plan van aanpak (C 9.4a)"));
    m_assignProcesregisseurAction = add(tr("Assign a &procesregisseur…"), "assignProcesregisseurAction",
                                        Operation::AssignProcesregisseur, tr("Another procesregisseur works on this case too"));
    m_retentionAction = add(tr("&Extend the retention…"), "retentionExtensionAction", Operation::RecordRetentionExtension,
                            tr("The partners' decision to keep the case longer (P 11.3-11.5)"));
    m_calamityAction = add(tr("Calamity &evaluation…"), "calamiteitsevaluatieAction", Operation::RecordCalamiteitsevaluatie,
                           tr("Open the dossier again to evaluate a calamity (P 11.6)"));
    connect(m_withdrawApprovalAction, &QAction::triggered, this, &CaseWorkspace::withdrawApproval);
    connect(m_secrecyOverrideAction, &QAction::triggered, this, &CaseWorkspace::overrideSecrecy);
    connect(m_appointCasusregisseurAction, &QAction::triggered, this, [this]() {
        openForm(ChooseColleagueDialog::appointCasusregisseur(m_service, m_casusId, m_status->casusregisseurCandidates,
                                                              m_partyNames, this));
    });
    connect(m_assignProcesregisseurAction, &QAction::triggered, this, [this]() {
        openForm(ChooseColleagueDialog::assignProcesregisseur(m_service, m_casusId, m_status->procesregisseurCandidates,
                                                              m_partyNames, this));
    });
    connect(m_retentionAction, &QAction::triggered, this,
            [this]() { openForm(new RetentionExtensionDialog(m_service, m_casusId, m_status->attention.retentionDecisionBy, this)); });
    connect(m_calamityAction, &QAction::triggered, this,
            [this]() { openForm(new CalamiteitsevaluatieDialog(m_service, m_casusId, this)); });
    return menu;
}

// C 13.2e: an overleg invites only parties with a role in the casus, as the service offered them.
QHash<qint64, QString> CaseWorkspace::invitable() const
{
    QHash<qint64, QString> parties;
    if (m_status) {
        for (const qint64 id : m_status->partiesWithARole)
            parties.insert(id, m_partyNames.value(id));
    }
    return parties;
}

void CaseWorkspace::withdrawApproval()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.casusCourse(id); },
                   [this](const Result<CasusCourse> &course) {
                       if (!course) {
                           m_noticeLabel->setText(tr("The approvals could not be loaded: %1").arg(course.error().message));
                           return;
                       }
                       openForm(new WithdrawApprovalDialog(m_service, m_casusId, course->approvals, m_items, m_betrokkeneNames,
                                                           m_partyNames, m_clock.today(), this));
                   });
}

void CaseWorkspace::overrideSecrecy()
{
    QList<Gegeven> ownSecret;
    for (const Gegeven &item : std::as_const(m_items)) {
        if (item.beroepsgeheim && item.supplierPartyId == m_user.partyId)
            ownSecret << item;
    }
    openForm(new SecrecyOverrideDialog(m_service, m_casusId, ownSecret, m_betrokkeneNames, this));
}

// What the service offers decides: an operation it does not offer this user is not shown; one it
// refuses now is shown disabled with its reason. The workspace adds only what it knows locally.
void CaseWorkspace::updateActions()
{
    for (const auto &[button, operation] : std::as_const(m_actionButtons)) {
        const std::optional<QString> obstacle = obstacleTo(operation);
        button->setVisible(obstacle.has_value());
        if (!obstacle)
            continue;
        button->setEnabled(obstacle->isEmpty());
        button->setToolTip(obstacle->isEmpty() ? m_descriptions.value(button) : *obstacle);
    }
    bool anyMore = false;
    for (const auto &[action, operation] : std::as_const(m_menuActions)) {
        const std::optional<QString> obstacle = obstacleTo(operation);
        action->setVisible(obstacle.has_value());
        if (!obstacle)
            continue;
        anyMore = true;
        action->setEnabled(obstacle->isEmpty());
        action->setToolTip(obstacle->isEmpty() ? m_descriptions.value(action) : *obstacle);
    }
    m_moreButton->setVisible(anyMore);
}

std::optional<QString> CaseWorkspace::obstacleTo(Operation operation) const
{
    const CaseAction *action = m_status ? m_status->action(operation) : nullptr;
    // A casus taken on is no longer a new aanmelding: taking it on is past, not refused.
    if (!action || (operation == Operation::TakeOnCase && !action->allowed()))
        return std::nullopt;
    return action->allowed() ? localObstacle(operation) : action->refusal;
}

QString CaseWorkspace::localObstacle(Operation operation) const
{
    switch (operation) {
    case Operation::AddGegeven:
    case Operation::RecordConsent:
    case Operation::WithdrawConsent:
    case Operation::RecordInformatieplicht:
        return m_betrokkeneNames.isEmpty() ? tr("There is no betrokkene in this case that you may see yet.") : QString();
    case Operation::RecordApproval:
        if (m_items.isEmpty())
            return tr("There are no items you may see yet.");
        return m_gegevensTable->selectionModel()->selectedRows().isEmpty() ? tr("Select an item in the table first.") : QString();
    case Operation::RecordVerstrekking:
    case Operation::WithdrawApproval:
        return m_items.isEmpty() ? tr("There are no items you may see yet.") : QString();
    case Operation::RecordSecrecyOverride:
        return std::any_of(m_items.cbegin(), m_items.cend(),
                           [this](const Gegeven &item) { return item.beroepsgeheim && item.supplierPartyId == m_user.partyId; })
            ? QString()
            : tr("Your organisation has supplied no item under professional secrecy in this case.");
    case Operation::AppointCasusregisseur:
        return m_status && m_status->casusregisseurCandidates.isEmpty()
            ? tr("No casusregisseur of a party with a role in this case can be appointed.")
            : QString();
    case Operation::AssignProcesregisseur:
        return m_status && m_status->procesregisseurCandidates.isEmpty() ? tr("There is no other procesregisseur to assign.")
                                                                         : QString();
    default:
        return {};
    }
}

void CaseWorkspace::approveSelectedItem()
{
    // The view sorts through a proxy: the row of the model is the item's place in m_items.
    const int row = selectedModelRow(m_gegevensTable);
    if (row < 0 || row >= m_items.size())
        return;
    const Gegeven &item = m_items.at(row);
    QHash<qint64, QString> recipients = m_partyNames;
    recipients.remove(item.supplierPartyId); // the supplier has its own item already
    const QString description = tr("%1 about %2, supplied by %3")
                                    .arg(enumLabel(item.category), m_betrokkeneNames.value(item.betrokkeneId),
                                         m_partyNames.value(item.supplierPartyId));
    openForm(new ApprovalDialog(m_service, m_casusId, item.id, m_casus ? m_casus->phase : item.phase, description, recipients, this));
}

void CaseWorkspace::recordOutcome()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.overleggen(id); },
                   [this](const Result<QList<Overleg>> &overleggen) {
                       if (!overleggen) {
                           m_noticeLabel->setText(tr("The overleggen could not be loaded: %1").arg(overleggen.error().message));
                           return;
                       }
                       openForm(new OverlegOutcomeDialog(m_service, m_casusId, *overleggen, m_partyNames, this));
                   });
}

void CaseWorkspace::openSummaries()
{
    const bool assigned = m_casus && m_casus->procesregisseurIds.contains(m_user.id);
    m_service.call(this, [id = m_casusId](Service &service) { return service.overleggen(id); },
                   [this, assigned](const Result<QList<Overleg>> &overleggen) {
                       if (!overleggen) {
                           m_noticeLabel->setText(tr("The overleggen could not be loaded: %1").arg(overleggen.error().message));
                           return;
                       }
                       auto *dialog = new SummaryDialog(m_service, m_casusId, *overleggen, m_partyNames,
                                                        assigned ? 0 : m_user.partyId, this);
                       dialog->open();
                   });
}

void CaseWorkspace::withdrawConsent()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.consents(id); },
                   [this](const Result<QList<Consent>> &consents) {
                       if (!consents) {
                           m_noticeLabel->setText(tr("The consents could not be loaded: %1").arg(consents.error().message));
                           return;
                       }
                       openForm(new WithdrawConsentDialog(m_service, m_casusId, *consents, m_betrokkeneNames, m_partyNames, this));
                   });
}

void CaseWorkspace::showCasus(const Casus &casus)
{
    m_casus = casus;
    const QLocale locale;
    Q_EMIT titleChanged(tr("Case %1").arg(casus.number.toString()));
    QStringList themes;
    for (const Theme theme : casus.themes)
        themes << enumLabel(theme);
    m_headerLabel->setText(tr("<b>Case %1</b> · phase %2 · registered on %3 by %4%5")
                               .arg(casus.number.toString(), enumLabel(casus.phase),
                                    locale.toString(casus.aanmeldingsdatum, QLocale::ShortFormat),
                                    m_partyNames.value(casus.aanmeldendePartijId),
                                    themes.isEmpty() ? QString() : tr(" · themes: %1").arg(themes.join(QStringLiteral(", ")))));
    m_redenLabel->setText(tr("Reason: %1").arg(casus.reden) + (casus.doel.isEmpty() ? QString() : tr("\nGoal: %1").arg(casus.doel)));
    m_planSection->setToday(m_clock.today());
    m_planSection->reload();
    m_courseTabs->setProcesregisseur(casus.procesregisseurIds.contains(m_user.id));
}

void CaseWorkspace::loadPersonalData()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.betrokkenen(id); },
                   [this](const Result<QList<Betrokkene>> &betrokkenen) {
                       m_betrokkenenModel->setRows({});
                       m_betrokkeneNames.clear();
                       m_personalDataVisible = betrokkenen.has_value();
                       updateActions();
                       if (!betrokkenen) {
                           m_noticeLabel->setText(tr("You may not see the personal data of this case: %1").arg(betrokkenen.error().message));
                           return;
                       }
                       m_noticeLabel->clear();
                       const QLocale locale;
                       QList<QList<TableCell>> rows;
                       for (const Betrokkene &betrokkene : *betrokkenen) {
                           m_betrokkeneNames.insert(betrokkene.id, betrokkene.naam);
                           rows << QList<TableCell>{betrokkene.naam,
                                                    {locale.toString(betrokkene.geboortedatum, QLocale::ShortFormat), betrokkene.geboortedatum},
                                                    enumLabel(betrokkene.categorie), betrokkene.omschrijving};
                       }
                       m_betrokkenenModel->setRows(rows);
                       updateActions();
                   });
    m_service.call(this, [id = m_casusId](Service &service) { return service.gegevens(id); },
                   [this](const Result<QList<Gegeven>> &gegevens) {
                       m_items = gegevens.value_or(QList<Gegeven>());
                       m_courseTabs->setKnown(m_betrokkeneNames, m_items);
                       showItems();
                       updateActions();
                   });
}

void CaseWorkspace::showItems()
{
    const ItemRows::Known known{m_betrokkeneNames, m_partyNames, m_approvals, m_consents,
                                m_casus ? m_casus->phase : Phase::Aanmelding, m_clock.today()};
    m_gegevensModel->setRows(ItemRows::rows(m_items, known)); // row i is m_items[i]
}

void CaseWorkspace::takeOn()
{
    m_takeOnButton->setEnabled(false);
    m_service.call(this, [id = m_casusId](Service &service) { return service.takeOnCase(id); }, [this](const Status &taken) {
        m_takeOnButton->setEnabled(true);
        if (!taken) {
            m_noticeLabel->setText(tr("Not taken on: %1").arg(taken.error().message));
            return;
        }
        Q_EMIT caseChanged();
        reload();
    });
}

} // namespace casusregie::ui
