#pragma once

#include "domain/EnumTraits.h"
#include "rules/InputLimits.h"
#include "service/ServiceThread.h"

#include <QComboBox>
#include <QDialog>
#include <QHash>
#include <QListWidget>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

// A dialog that records one thing through the service. Saving runs in the background; a refusal
// is shown in the dialog, in the service's own Dutch words, and everything typed stays so the
// user can correct it. The dialog closes only once the service has confirmed.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    FormDialog(ServiceThread &service, const QString &title, QWidget *parent = nullptr);

    // Cancel, Escape or closing the window with typed input asks first: nothing typed is lost
    // without the user saying so.
    void reject() override;
    // Typed into and not saved, and the user has not agreed to drop it.
    bool hasUnsavedInput() const { return m_edited && !m_confirmed; }

protected:
    QFormLayout *form() const { return m_form; }
    ServiceThread &service() const { return m_service; }
    void setSaveEnabled(bool enabled);
    // A row for a text the service limits (InputLimits), with its length counter under it.
    void addLimitedRow(const QString &label, QPlainTextEdit *edit, InputLimits::TextKind kind);
    void addLimitedRow(const QString &label, QLineEdit *edit, InputLimits::TextKind kind);
    void showError(const QString &message);

    // Runs work(Service &) on the service thread; closes the dialog when it succeeds.
    template <typename Work>
    void save(Work work)
    {
        setSaving(true);
        m_service.call(this, std::move(work), [this](const auto &result) {
            setSaving(false);
            if (!result) {
                showError(result.error().message);
                return;
            }
            accept();
        });
    }

    // Called when the user asks to save; builds the command and calls save().
    virtual void submit() = 0;

    void showEvent(QShowEvent *event) override;

private:
    void setSaving(bool saving);
    // A date field with an impossible or out-of-range date stops the save, says why and takes focus.
    bool datesAcceptable();
    // A text over its limit stops the save the same way.
    bool lengthsAcceptable();
    void addCounterRow(const QString &label, QWidget *edit, QWidget *counter);

    ServiceThread &m_service;
    QFormLayout *m_form;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
    bool m_saveEnabled = true;
    bool m_fitted = false;
    bool m_edited = false;   // the user changed a field since the form opened
    bool m_confirmed = false; // the user agreed to drop what was typed
private:
    void watchEdits();
};

// A combo box with every value of a domain enum, by its Dutch label.
template <typename E>
void fillWithEnum(QComboBox *combo)
{
    for (const auto &entry : EnumTraits<E>::entries)
        combo->addItem(QString::fromUtf8(entry.label), QString::fromLatin1(entry.key));
}

template <typename E>
E selectedEnum(const QComboBox *combo)
{
    return enumFromKey<E>(combo->currentData().toString()).value_or(EnumTraits<E>::entries.front().value);
}

// Named ids (parties, betrokkenen) sorted by name, as they are offered to choose from.
QList<qint64> idsByName(const QHash<qint64, QString> &names);
// A combo box offering them, each carrying its id.
void fillWithNames(QComboBox *combo, const QHash<qint64, QString> &names);

// A list of parties (or other named ids) to tick, sorted by name.
QListWidget *checkList(const QHash<qint64, QString> &names, QWidget *parent);
QList<qint64> checkedIds(const QListWidget *list);

// A list of every value of a domain enum to tick.
template <typename E>
QListWidget *enumCheckList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const auto &entry : EnumTraits<E>::entries) {
        auto *item = new QListWidgetItem(QString::fromUtf8(entry.label), list);
        item->setData(Qt::UserRole, QString::fromLatin1(entry.key));
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

template <typename E>
QList<E> checkedEnums(const QListWidget *list)
{
    QList<E> values;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked) {
            if (const auto value = enumFromKey<E>(item->data(Qt::UserRole).toString()))
                values << *value;
        }
    }
    return values;
}

} // namespace casusregie::ui
