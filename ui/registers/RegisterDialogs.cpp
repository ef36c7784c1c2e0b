#include "registers/RegisterDialogs.h"

#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace casusregie::ui {

namespace {

using Kind = InputLimits::TextKind;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

VerwerkingDialog::VerwerkingDialog(ServiceThread &service, const Verwerking &verwerking, QWidget *parent)
    : FormDialog(service, verwerking.id == 0 ? tr("New processing activity (P 24.3)") : tr("Change processing activity (P 24.3)"), parent)
    , m_verwerking(verwerking)
    , m_naamEdit(new QLineEdit(verwerking.naam, this))
{
    setObjectName(QStringLiteral("verwerkingDialog"));
    m_naamEdit->setObjectName(QStringLiteral("verwerkingNaamEdit"));
    addLimitedRow(tr("&Processing:"), m_naamEdit, Kind::Naam);
    const QStringList labels{tr("&a. Controllers:"), tr("&b. Purposes:"), tr("&c. Kinds of data:"), tr("&d. Kinds of betrokkenen:"),
                             tr("&e. Recipients:"), tr("&f. Transfer outside the EU:")};
    const QStringList texts{verwerking.verantwoordelijken, verwerking.doeleinden, verwerking.categorieenGegevens,
                            verwerking.categorieenBetrokkenen, verwerking.ontvangers, verwerking.doorgifteDerdeLanden};
    for (int i = 0; i < labels.size(); ++i) {
        auto *edit = new QPlainTextEdit(texts.at(i), this);
        edit->setObjectName(QStringLiteral("verwerkingField%1").arg(QLatin1Char(char('a' + i))));
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
        addLimitedRow(labels.at(i), edit, Kind::Tekst);
        connect(edit, &QPlainTextEdit::textChanged, this, &VerwerkingDialog::updateSave);
        m_fields << edit;
    }
    connect(m_naamEdit, &QLineEdit::textChanged, this, &VerwerkingDialog::updateSave);
    updateSave();
}

void VerwerkingDialog::updateSave()
{
    bool complete = !m_naamEdit->text().trimmed().isEmpty();
    for (const QPlainTextEdit *field : std::as_const(m_fields))
        complete = complete && !field->toPlainText().trimmed().isEmpty();
    setSaveEnabled(complete);
}

void VerwerkingDialog::submit()
{
    Verwerking changed = m_verwerking;
    changed.naam = m_naamEdit->text().trimmed();
    changed.verantwoordelijken = m_fields.at(0)->toPlainText().trimmed();
    changed.doeleinden = m_fields.at(1)->toPlainText().trimmed();
    changed.categorieenGegevens = m_fields.at(2)->toPlainText().trimmed();
    changed.categorieenBetrokkenen = m_fields.at(3)->toPlainText().trimmed();
    changed.ontvangers = m_fields.at(4)->toPlainText().trimmed();
    changed.doorgifteDerdeLanden = m_fields.at(5)->toPlainText().trimmed();
    save([changed](Service &s) { return s.saveVerwerking(changed); });
}

VerwerkerDialog::VerwerkerDialog(ServiceThread &service, QWidget *parent)
    : FormDialog(service, tr("New processor (P 22.3)"), parent)
    , m_naamEdit(new QLineEdit(this))
    , m_dienstEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("verwerkerDialog"));
    m_naamEdit->setObjectName(QStringLiteral("verwerkerNaamEdit"));
    m_dienstEdit->setObjectName(QStringLiteral("verwerkerDienstEdit"));
    form()->addRow(wrappedLabel(tr("The processor may process personal data once the hoofd has given written approval; "
                                   "the hoofd records it in the hoofd's own name."),
                                this));
    addLimitedRow(tr("&Processor:"), m_naamEdit, Kind::Naam);
    addLimitedRow(tr("&Service it provides:"), m_dienstEdit, Kind::Tekst);
    const auto updateSave = [this]() {
        setSaveEnabled(!m_naamEdit->text().trimmed().isEmpty() && !m_dienstEdit->text().trimmed().isEmpty());
    };
    connect(m_naamEdit, &QLineEdit::textChanged, this, updateSave);
    connect(m_dienstEdit, &QLineEdit::textChanged, this, updateSave);
    updateSave();
}

void VerwerkerDialog::submit()
{
    Verwerker verwerker;
    verwerker.naam = m_naamEdit->text().trimmed();
    verwerker.dienst = m_dienstEdit->text().trimmed();
    save([verwerker](Service &s) { return s.addVerwerker(verwerker); });
}

ApproveVerwerkerDialog::ApproveVerwerkerDialog(ServiceThread &service, const Verwerker &verwerker, QWidget *parent)
    : FormDialog(service, tr("Approve a processor (P 22.3)"), parent)
    , m_verwerkerId(verwerker.id)
{
    setObjectName(QStringLiteral("approveVerwerkerDialog"));
    auto *name = wrappedLabel(verwerker.naam, this);
    name->setObjectName(QStringLiteral("approveVerwerkerName"));
    form()->addRow(tr("Processor:"), name);
    form()->addRow(tr("Service:"), wrappedLabel(verwerker.dienst, this));
    form()->addRow(wrappedLabel(tr("By saving you give, as hoofd, written approval for this processor agreement. "
                                   "It is recorded in your name with today's date; the privacy officer reviews it yearly from then on."),
                                this));
}

void ApproveVerwerkerDialog::submit()
{
    save([id = m_verwerkerId](Service &s) { return s.approveVerwerker(id); });
}

VerwerkerReviewDialog::VerwerkerReviewDialog(ServiceThread &service, const Verwerker &verwerker, QDate today, QWidget *parent)
    : FormDialog(service, tr("Yearly review of a processor (P 22.3)"), parent)
    , m_verwerkerId(verwerker.id)
    , m_reviewedOnField(pastDateField(QStringLiteral("reviewedOnField"), this, today))
{
    setObjectName(QStringLiteral("verwerkerReviewDialog"));
    m_reviewedOnField->setRange(verwerker.approvedByHoofdOn, today);
    form()->addRow(tr("Processor:"), wrappedLabel(verwerker.naam, this));
    form()->addRow(tr("&Reviewed on:"), m_reviewedOnField);
}

void VerwerkerReviewDialog::submit()
{
    save([id = m_verwerkerId, on = m_reviewedOnField->date().value_or(QDate())](Service &s) {
        return s.markVerwerkerReviewed(id, on);
    });
}

} // namespace casusregie::ui
