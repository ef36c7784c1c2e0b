#pragma once

#include "common/Result.h"
#include "domain/User.h"
#include "service/Commands.h"
#include "rules/Operation.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace casusregie {
class Clock;
class ServiceThread;
}

namespace casusregie::ui {

class CasesModel;
class DateField;
class LengthCounter;

// The user's worklist or the organisation's aanmeldingen, search by number, opening a casus, and
// registering a new aanmelding. What the user typed stays until the service has confirmed it: a
// refusal or a lost connection never clears the form. Refreshing after a change keeps the search
// and the selected casus.
class CasesView final : public QWidget {
    Q_OBJECT
public:
    CasesView(ServiceThread &service, const Clock &clock, User user, QWidget *parent = nullptr);

    // Whether this user has anything to do here (the service decides each call regardless).
    static bool isUsefulFor(const User &user);

    void setPartyNames(QHash<qint64, QString> names);
    void refresh();
    // An aanmelding typed but not yet submitted.
    bool hasUnsavedInput() const;

Q_SIGNALS:
    // The user chose a casus to work in: the main window opens its workspace.
    void caseOpenRequested(qint64 casusId);

private:
    void setUpTable();
    void showFilledColumns();
    QGroupBox *aanmeldingForm();
    void loadWorklistPage(const PageRequest &after);
    void search();
    void searchByName();
    void runSearch(const CaseSearch &search);
    void showSearchResult(const Result<QList<CasusOverview>> &cases, const QString &what);
    // The casus selected before a list is reloaded is selected again when it is still there.
    qint64 selectedCasusId() const;
    void restoreSelection();
    void openCase(const QModelIndex &index);
    void submitAanmelding();
    void showFeedback(const QString &text, bool isError);
    void updateButtons();
    bool allows(Operation operation) const;

    ServiceThread &m_service;
    const Clock &m_clock;
    User m_user;
    CasesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_listComboBox;
    QHash<qint64, QString> m_partyNames;
    QLineEdit *m_searchLineEdit;
    QLineEdit *m_nameLineEdit;
    DateField *m_birthDateField;
    QPushButton *m_searchButton;
    QTableView *m_tableView;
    QLabel *m_listLabel;
    QPlainTextEdit *m_redenEdit;
    LengthCounter *m_redenCounter = nullptr;
    QPushButton *m_submitButton;
    QLabel *m_feedbackLabel;
    bool m_submitting = false;
    int m_listGeneration = 0; // which list an answer belongs to
    bool m_showingOwnAanmeldingen = false; // rows open read-only as the organisation's own submissions
    std::optional<CaseSearch> m_shownSearch; // the search whose result is shown: refreshing repeats it
    qint64 m_reselectId = 0;
};

} // namespace casusregie::ui
