#include "forms/FormDialog.h"

#include "forms/Colours.h"
#include "forms/DateField.h"
#include "forms/LengthCounter.h"
#include "forms/Widgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casusregie::ui {

FormDialog::FormDialog(ServiceThread &service, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_form(new QFormLayout)
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_errorLabel->setObjectName(QStringLiteral("formErrorLabel"));
    m_errorLabel->setStyleSheet(attentionStyle());
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("formButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!m_saving && datesAcceptable() && lengthsAcceptable())
            submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::setSaveEnabled(bool enabled)
{
    m_saveEnabled = enabled;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(enabled && !m_saving);
}

void FormDialog::setSaving(bool saving)
{
    m_saving = saving;
    setSaveEnabled(m_saveEnabled);
}

void FormDialog::showEvent(QShowEvent *event)
{
    if (!m_fitted) { // the subclass has put its fields in place by now
        fitLongContents(this);
        nameFieldsAfterLabels(this);
        watchEdits();
        m_fitted = true;
        // The size was taken before the fields gave up their width: lay out again and take it anew.
        // Nested parts (a QWidget with its own layout) learn of it only through a posted event.
        for (QWidget *part : findChildren<QWidget *>()) {
            if (part->layout())
                part->layout()->activate();
            part->updateGeometry();
        }
        layout()->activate();
        adjustSize();
    }
    QDialog::showEvent(event);
}

void FormDialog::watchEdits()
{
    const auto edited = [this]() { m_edited = true; };
    // Only what the user does counts, not what the form filled in itself before it was shown.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, edited);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::activated, this, edited);
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::clicked, this, edited);
    }
    for (QListWidget *list : findChildren<QListWidget *>())
        connect(list, &QListWidget::itemChanged, this, edited);
    for (DateField *field : findChildren<DateField *>())
        connect(field, &DateField::changed, this, edited);
}

void FormDialog::reject()
{
    if (!m_edited || m_confirmed || m_saving) {
        if (!m_saving) // a save under way ends in its own answer
            QDialog::reject();
        return;
    }
    askToDiscard(this, QStringLiteral("discardQuestion"), tr("Close without saving what you typed?"), [this]() {
        m_confirmed = true;
        QDialog::reject();
    });
}

bool FormDialog::datesAcceptable()
{
    for (DateField *field : findChildren<DateField *>()) {
        if (!field->isEnabled() || !field->isVisibleTo(this) || field->isAcceptable())
            continue;
        const auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        const QString name = label ? label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')) : QString();
        showError(name.isEmpty() ? field->problem() : tr("%1: %2").arg(name, field->problem()));
        field->setFocus();
        return false;
    }
    return true;
}

bool FormDialog::lengthsAcceptable()
{
    for (LengthCounter *counter : findChildren<LengthCounter *>()) {
        if (counter->withinLimit() || !counter->field()->isVisibleTo(this))
            continue;
        const auto *label = qobject_cast<QLabel *>(m_form->labelForField(counter->parentWidget()));
        const QString name = label ? label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')) : QString();
        showError(name.isEmpty() ? counter->problem() : tr("%1: %2").arg(name, counter->problem()));
        counter->field()->setFocus();
        return false;
    }
    return true;
}

void FormDialog::addLimitedRow(const QString &label, QPlainTextEdit *edit, InputLimits::TextKind kind)
{
    edit->setTabChangesFocus(true); // Tab goes on to the next field, as everywhere else in a form
    addCounterRow(label, edit, new LengthCounter(edit, kind, this));
}

void FormDialog::addLimitedRow(const QString &label, QLineEdit *edit, InputLimits::TextKind kind)
{
    addCounterRow(label, edit, new LengthCounter(edit, kind, this));
}

// The field with its counter under it; the label's access key still goes to the field itself.
void FormDialog::addCounterRow(const QString &label, QWidget *edit, QWidget *counter)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(counter);
    counter->setParent(box);
    m_form->addRow(label, box);
    if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(box)))
        buddy->setBuddy(edit);
}

void FormDialog::showError(const QString &message)
{
    m_errorLabel->setText(tr("Not saved: %1").arg(message));
    m_errorLabel->show();
}

QList<qint64> idsByName(const QHash<qint64, QString> &names)
{
    QList<qint64> ids = names.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return names.value(a).localeAwareCompare(names.value(b)) < 0; });
    return ids;
}

void fillWithNames(QComboBox *combo, const QHash<qint64, QString> &names)
{
    for (const qint64 id : idsByName(names))
        combo->addItem(names.value(id), id);
}

QListWidget *checkList(const QHash<qint64, QString> &names, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const qint64 id : idsByName(names)) {
        auto *item = new QListWidgetItem(names.value(id), list);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace casusregie::ui
