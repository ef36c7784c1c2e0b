#include "rules/InputLimits.h"

namespace casusregie::InputLimits {

namespace {

bool isOneLine(TextKind kind)
{
    return kind == TextKind::Naam || kind == TextKind::Kort;
}

bool hasForbiddenControl(const QString &text, bool oneLine)
{
    for (const QChar c : text) {
        const bool lineBreakOrTab = c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
        if (c.category() == QChar::Other_Control && (oneLine || !lineBreakOrTab))
            return true;
    }
    return false;
}

QString capitalised(const char *label)
{
    const QString text = QString::fromUtf8(label);
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace

int maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Naam:
        return 200;
    case TextKind::Kort:
        return 300;
    case TextKind::Tekst:
        return 4000;
    case TextKind::Lang:
        return 20000;
    }
    return 0;
}

Status checkTexts(std::initializer_list<LimitedText> texts)
{
    for (const LimitedText &text : texts) {
        const QString label = capitalised(text.label);
        if (text.value.size() > maxLength(text.kind))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 is te lang: ten hoogste %2 tekens, dit zijn er %3.")
                                                        .arg(label)
                                                        .arg(maxLength(text.kind))
                                                        .arg(text.value.size()));
        if (hasForbiddenControl(text.value, isOneLine(text.kind)))
            return fail(ErrorCode::InvalidArgument,
                        isOneLine(text.kind)
                            ? QStringLiteral("%1 is één regel, zonder regeleinden of andere stuurtekens.").arg(label)
                            : QStringLiteral("%1 bevat stuurtekens die niet in een tekst horen.").arg(label));
    }
    return {};
}

Status checkDate(const char *label, QDate date)
{
    if (date.isValid() && date.year() < earliestYear)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 ligt vóór 1900; controleer de invoer.").arg(capitalised(label)));
    return {};
}

Status checkBirthDate(QDate birthDate, QDate today)
{
    if (auto plausible = checkDate("de geboortedatum", birthDate); !plausible)
        return plausible;
    if (birthDate.isValid() && birthDate > today)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een geboortedatum ligt niet in de toekomst."));
    return {};
}

} // namespace casusregie::InputLimits
