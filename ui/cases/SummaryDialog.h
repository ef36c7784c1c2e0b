#pragma once

#include "domain/Overleg.h"
#include "domain/SummaryCopy.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The printed case summary for a planned overleg (C 13.2f). The assigned procesregisseur chooses
// the invited parties that get a copy; a partner or casusregisseur gets its own party's copy only.
// Every preview, print and PDF makes new numbered copies, which the service records as
// verstrekkingen to their parties; the copies made so far in this casus are listed below.
class SummaryDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Output { Preview, Print, Pdf };

    // `ownPartyId` 0: the procesregisseur, who may choose any invited party.
    SummaryDialog(ServiceThread &service, qint64 casusId, const QList<Overleg> &overleggen,
                  QHash<qint64, QString> partyNames, qint64 ownPartyId, QWidget *parent = nullptr);

    // Makes the copies for the checked parties and hands them to `output`; for Pdf, `target` is
    // the file (one copy) or the folder (several copies, one file each) chosen by the user.
    void makeCopies(Output output, const QString &target = {});

Q_SIGNALS:
    void copiesMade(const QList<casusregie::SummaryCopy> &copies);

private:
    void showRecipients();
    void updateButtons();
    void reloadCopies();
    void askAndSavePdf();
    void deliver(Output output, const QList<SummaryCopy> &copies, const QString &target);
    void savePdf(const QList<SummaryCopy> &copies, const QString &target);
    QList<qint64> checkedRecipients() const;
    std::optional<Overleg> chosenOverleg() const;
    QString fileNameFor(const SummaryCopyRecord &copy) const;

    ServiceThread &m_service;
    qint64 m_casusId;
    QList<Overleg> m_overleggen; // planned, not yet held
    QHash<qint64, QString> m_partyNames;
    qint64 m_ownPartyId;
    QComboBox *m_overlegCombo;
    QListWidget *m_recipientList;
    QLabel *m_feedbackLabel;
    RowsModel *m_copies;
    QTableView *m_copiesTable;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    bool m_busy = false;
};

} // namespace casusregie::ui
