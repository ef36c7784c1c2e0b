#include "cases/CasesView.h"

#include "cases/CasesModel.h"
#include "cases/OwnAanmeldingDialog.h"
#include "common/Clock.h"
#include "forms/Colours.h"
#include "forms/DateField.h"
#include "forms/LengthCounter.h"
#include "forms/Widgets.h"
#include "main/RoleScreens.h"
#include "service/ServiceThread.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

CasesView::CasesView(ServiceThread &service, const Clock &clock, User user, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_model(new CasesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_listComboBox(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_birthDateField(birthDateField(QStringLiteral("searchBirthDateField"), this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_tableView(new QTableView(this))
    , m_listLabel(new QLabel(this))
    , m_redenEdit(new QPlainTextEdit(this))
    , m_submitButton(new QPushButton(tr("Submit &aanmelding"), this))
    , m_feedbackLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("casesView"));
    m_searchLineEdit->setObjectName(QStringLiteral("caseNumberLineEdit"));
    m_searchLineEdit->setAccessibleName(tr("Search"));
    m_searchLineEdit->setPlaceholderText(tr("Case number, e.g. 2026-0001"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_nameLineEdit->setObjectName(QStringLiteral("searchNameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("or a name, with the date of birth"));
    m_nameLineEdit->setClearButtonEnabled(true);
    m_nameLineEdit->setAccessibleName(tr("Name of a betrokkene"));
    widenToPlaceholder(m_searchLineEdit);
    widenToPlaceholder(m_nameLineEdit);
    widenToPlaceholder(m_birthDateField->lineEdit());
    m_birthDateField->lineEdit()->setAccessibleName(tr("Date of birth"));
    m_listLabel->setObjectName(QStringLiteral("listLabel"));
    m_listComboBox->setObjectName(QStringLiteral("listComboBox"));
    if (allows(Operation::ViewWorklist))
        m_listComboBox->addItem(tr("My worklist"), int(Operation::ViewWorklist));
    if (allows(Operation::ListOwnPartyAanmeldingen))
        m_listComboBox->addItem(tr("Aanmeldingen of my organisation"), int(Operation::ListOwnPartyAanmeldingen));
    m_listComboBox->setVisible(m_listComboBox->count() > 0);

    setUpTable();

    m_redenEdit->setObjectName(QStringLiteral("redenEdit"));
    m_redenEdit->setPlaceholderText(tr("Why does this situation need the Zorg- en Veiligheidshuis? "
                                       "Describe the problems on several fronts and what has been tried."));
    m_redenEdit->setTabChangesFocus(true);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_feedbackLabel->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedbackLabel->setWordWrap(true);
    m_feedbackLabel->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_listComboBox);
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_nameLineEdit, 2);
    searchRow->addWidget(m_birthDateField);
    searchRow->addWidget(m_searchButton);

    QGroupBox *aanmelding = aanmeldingForm();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_tableView, 2);
    layout->addWidget(aanmelding, 1);

    const bool maySearch = allows(Operation::SearchCases);
    m_searchLineEdit->setVisible(maySearch);
    m_searchButton->setVisible(maySearch);
    // Searching by name is for those who may see persons in a casus; the hoofd finds by number
    // (decision after the first release) and the service refuses a name from the hoofd anyway.
    const bool mayFindPersons = maySearch && allows(Operation::ViewWorklist);
    m_nameLineEdit->setVisible(mayFindPersons);
    m_birthDateField->setVisible(mayFindPersons);
    aanmelding->setVisible(allows(Operation::SubmitAanmelding));

    connect(m_listComboBox, &QComboBox::currentIndexChanged, this, [this]() {
        m_shownSearch.reset(); // the user chose a list: show it instead of the search
        refresh();
    });
    connect(m_model, &CasesModel::nextPageWanted, this, &CasesView::loadWorklistPage);
    connect(m_tableView, &QTableView::activated, this, &CasesView::openCase);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &CasesView::search);
    connect(m_nameLineEdit, &QLineEdit::returnPressed, this, &CasesView::search);
    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &CasesView::updateButtons);
    connect(m_birthDateField->lineEdit(), &QLineEdit::returnPressed, this, &CasesView::search);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &CasesView::updateButtons);
    connect(m_searchButton, &QPushButton::clicked, this, &CasesView::search);
    connect(m_redenEdit, &QPlainTextEdit::textChanged, this, &CasesView::updateButtons);
    connect(m_submitButton, &QPushButton::clicked, this, &CasesView::submitAanmelding);
    updateButtons();
}

// Sorted on the raw values, whole rows selected, the aanmeldende partij taking the spare width.
void CasesView::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CasesModel::RawRole);
    m_tableView->setObjectName(QStringLiteral("casesTableView"));
    m_tableView->setAccessibleName(tr("Cases"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(CasesModel::Number, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(CasesModel::AanmeldendePartij, QHeaderView::Stretch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesView::showFilledColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasesView::showFilledColumns);
}

// The worklist's own columns show only for its rows; a name or an overleg column only when some
// row has one (a partner gets no names).
void CasesView::showFilledColumns()
{
    const auto anyFilled = [this](int column) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!m_model->index(row, column).data().toString().isEmpty())
                return true;
        }
        return false;
    };
    const bool worklistRows = anyFilled(CasesModel::DaysInPhase);
    m_tableView->setColumnHidden(CasesModel::DaysInPhase, !worklistRows);
    m_tableView->setColumnHidden(CasesModel::Signals, !worklistRows);
    m_tableView->setColumnHidden(CasesModel::Hoofdpersoon, !anyFilled(CasesModel::Hoofdpersoon));
    m_tableView->setColumnHidden(CasesModel::NextOverleg, !anyFilled(CasesModel::NextOverleg));
    m_tableView->setColumnHidden(CasesModel::OpenAfspraken, !anyFilled(CasesModel::OpenAfspraken));
}

QGroupBox *CasesView::aanmeldingForm()
{
    auto *aanmelding = new QGroupBox(tr("New aanmelding for %1").arg(m_user.displayName), this);
    aanmelding->setObjectName(QStringLiteral("aanmeldingGroupBox"));
    auto *aanmeldingLayout = new QVBoxLayout(aanmelding);
    aanmeldingLayout->addWidget(new QLabel(tr("Reason for the aanmelding:"), aanmelding));
    aanmeldingLayout->addWidget(m_redenEdit);
    m_redenCounter = new LengthCounter(m_redenEdit, InputLimits::TextKind::Tekst, aanmelding);
    aanmeldingLayout->addWidget(m_redenCounter);
    connect(m_redenEdit, &QPlainTextEdit::textChanged, this, &CasesView::updateButtons); // after the counter has counted
    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_feedbackLabel, 1);
    submitRow->addWidget(m_submitButton, 0, Qt::AlignRight | Qt::AlignTop);
    aanmeldingLayout->addLayout(submitRow);
    return aanmelding;
}

bool CasesView::isUsefulFor(const User &user)
{
    return roleMayDo(user, Operation::SearchCases) || roleMayDo(user, Operation::SubmitAanmelding)
        || roleMayDo(user, Operation::ListOwnPartyAanmeldingen) || roleMayDo(user, Operation::ViewWorklist);
}

bool CasesView::allows(Operation operation) const
{
    return roleMayDo(m_user, operation);
}

void CasesView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = names;
    m_model->setPartyNames(std::move(names));
}

void CasesView::updateButtons()
{
    m_searchButton->setEnabled(!m_searchLineEdit->text().trimmed().isEmpty() || !m_nameLineEdit->text().trimmed().isEmpty());
    m_submitButton->setEnabled(!m_submitting && !m_redenEdit->toPlainText().trimmed().isEmpty()
                               && (!m_redenCounter || m_redenCounter->withinLimit()));
}

bool CasesView::hasUnsavedInput() const
{
    return !m_redenEdit->toPlainText().trimmed().isEmpty();
}

void CasesView::refresh()
{
    m_reselectId = selectedCasusId();
    if (m_shownSearch) {
        runSearch(*m_shownSearch);
        return;
    }
    ++m_listGeneration; // a page still on its way belongs to the list shown before
    m_showingOwnAanmeldingen = false;
    if (m_listComboBox->count() == 0) {
        m_listLabel->setText(tr("Search a case by its number."));
        return;
    }
    if (Operation(m_listComboBox->currentData().toInt()) == Operation::ViewWorklist) {
        loadWorklistPage(PageRequest{});
        return;
    }
    const int generation = m_listGeneration;
    m_service.call(this, [](Service &service) { return service.ownPartyAanmeldingen(); },
                   [this, generation](const Result<QList<CasusOverview>> &cases) {
                       if (generation != m_listGeneration)
                           return;
                       if (!cases) {
                           m_listLabel->setText(tr("The list could not be loaded: %1").arg(cases.error().message));
                           return;
                       }
                       m_model->setCases(*cases);
                       m_showingOwnAanmeldingen = true;
                       restoreSelection();
                       m_listLabel->setText(tr("Aanmeldingen of your organisation: %n; double-click to read one.", nullptr,
                                               int(cases->size())));
                   });
}

// The worklist comes a page at a time: the first on refresh, the next when the table is scrolled
// to its end (CasesModel::fetchMore).
void CasesView::loadWorklistPage(const PageRequest &after)
{
    const int generation = m_listGeneration;
    const bool first = after.afterId == 0;
    m_service.call(this, [after](Service &service) { return service.worklistPage(after); },
                   [this, generation, first](const Result<CasusPage> &page) {
                       if (generation != m_listGeneration)
                           return;
                       if (!page) {
                           if (!first)
                               m_model->pageFailed();
                           m_listLabel->setText(tr("The list could not be loaded: %1").arg(page.error().message));
                           return;
                       }
                       m_model->setToday(m_clock.today());
                       if (first) {
                           m_model->setFirstPage(*page);
                           restoreSelection();
                       } else
                           m_model->appendPage(*page);
                       const int shown = m_model->rowCount();
                       m_listLabel->setText(m_model->hasMore()
                                                ? tr("Cases you work on: the first %n; scroll down for more, double-click to open one.",
                                                     nullptr, shown)
                                                : tr("Cases you work on: %n; double-click to open one.", nullptr, shown));
                   });
}

void CasesView::openCase(const QModelIndex &index)
{
    const CasusOverview &casus = m_model->casusAt(m_proxy->mapToSource(index).row());
    if (m_showingOwnAanmeldingen) {
        (new OwnAanmeldingDialog(m_service, casus.id, m_partyNames, this))->show();
        return;
    }
    Q_EMIT caseOpenRequested(casus.id);
}

void CasesView::search()
{
    const QString number = m_searchLineEdit->text().trimmed();
    if (number.isEmpty() && !m_nameLineEdit->text().trimmed().isEmpty()) {
        searchByName();
        return;
    }
    static const QRegularExpression casusNumber(QStringLiteral("^\\d{4}-\\d{1,4}$"));
    if (!casusNumber.match(number).hasMatch()) {
        m_listLabel->setText(tr("A case number looks like 2026-0001: the year, a dash and a serial number."));
        return;
    }
    m_reselectId = 0;
    runSearch(CaseSearch{number, {}, {}});
}

// A betrokkene's name with the date of birth when known: the service lists only casussen in which
// the user may see that person, and answers the same for a person that is not there.
void CasesView::searchByName()
{
    if (!m_birthDateField->isAcceptable()) {
        m_listLabel->setText(m_birthDateField->problem());
        m_birthDateField->lineEdit()->setFocus();
        return;
    }
    m_reselectId = 0;
    runSearch(CaseSearch{{}, m_nameLineEdit->text().trimmed(), m_birthDateField->date().value_or(QDate())});
}

void CasesView::runSearch(const CaseSearch &search)
{
    ++m_listGeneration; // the results replace the list; its pages still on their way are dropped
    m_showingOwnAanmeldingen = false;
    m_shownSearch = search;
    const int generation = m_listGeneration;
    const QString what = search.casusnummer.isEmpty() ? tr("this person") : search.casusnummer;
    m_service.call(this, [search](Service &service) { return service.searchCases(search); },
                   [this, generation, what](const Result<QList<CasusOverview>> &cases) {
                       if (generation == m_listGeneration)
                           showSearchResult(cases, what);
                   });
}

void CasesView::showSearchResult(const Result<QList<CasusOverview>> &cases, const QString &what)
{
    if (!cases) {
        m_listLabel->setText(tr("Searching failed: %1").arg(cases.error().message));
        return;
    }
    m_model->setCases(*cases);
    restoreSelection();
    m_listLabel->setText(cases->isEmpty() ? tr("No case for %1 that you may see.").arg(what)
                                          : tr("Found: %n case(s); double-click to open one.", nullptr, int(cases->size())));
}

qint64 CasesView::selectedCasusId() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_tableView->selectionModel()->isRowSelected(current.row()))
        return 0;
    return m_model->casusAt(m_proxy->mapToSource(current).row()).id;
}

void CasesView::restoreSelection()
{
    const qint64 wanted = std::exchange(m_reselectId, 0);
    for (int row = 0; wanted != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->casusAt(row).id == wanted) {
            m_tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
            return;
        }
    }
}

void CasesView::submitAanmelding()
{
    if (m_submitting)
        return;
    m_submitting = true;
    updateButtons();
    showFeedback(tr("Submitting…"), false);
    NewAanmelding aanmelding;
    aanmelding.reden = m_redenEdit->toPlainText().trimmed();
    m_service.call(this, [aanmelding](Service &service) { return service.submitAanmelding(aanmelding); },
                   [this](const Result<CasusOverview> &casus) {
                       m_submitting = false;
                       if (!casus) {
                           // Nothing is cleared: after logging in again, one click submits the same text.
                           showFeedback(ServiceThread::losesSession(casus.error())
                                            ? tr("Not submitted: the connection or the session was lost. Your text "
                                                 "stays here; log in again and submit it then.")
                                            : tr("Not submitted: %1").arg(casus.error().message),
                                        true);
                           updateButtons();
                           return;
                       }
                       m_redenEdit->clear();
                       showFeedback(tr("Aanmelding %1 has been submitted.").arg(casus->number.toString()), false);
                       updateButtons();
                       // Show the list the new aanmelding appears in.
                       const int ownList = m_listComboBox->findData(int(Operation::ListOwnPartyAanmeldingen));
                       if (ownList >= 0 && ownList != m_listComboBox->currentIndex())
                           m_listComboBox->setCurrentIndex(ownList); // refreshes
                       else
                           refresh();
                   });
}

void CasesView::showFeedback(const QString &text, bool isError)
{
    m_feedbackLabel->setStyleSheet(isError ? attentionStyle() : QString());
    m_feedbackLabel->setText(text);
    m_feedbackLabel->show();
}

} // namespace casusregie::ui
