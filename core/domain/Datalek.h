#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casusregie {

// A personal data breach (P 14): the notification to the privacy officer (P 14.3 a-e), to the
// Autoriteit Persoonsgegevens (P 14.8 a-f), the decision about informing the betrokkenen
// (P 14.6, 14.9, 14.10) and the corrective measures; together the overview of P 14.11.
struct Datalek {
    qint64 id = 0;
    QDateTime discoveredAt;
    qint64 reportedByUserId = 0;
    qint64 reportedByPartyId = 0;
    // P 14.3
    QString aardEnOmvang;          // a
    QString contactpersoon;        // b
    QString mogelijkeMaatregelen;  // c
    QString gevolgenBetrokkenen;   // d
    QString genomenMaatregelen;    // e
    QDateTime privacyOfficerInformedAt;
    // P 14.8
    bool apNotificationRequired = true;
    QString categorieenBetrokkenen; // b
    QString categorieenGegevens;    // c
    QString versleuteling;          // d: encrypted, anonymised or otherwise unintelligible?
    QString aanbevolenMaatregelen;  // e
    QString gevolgenEnHerstel;      // f
    QDateTime apNotifiedAt;
    QString apReference;
    // P 14.6, 14.9, 14.10
    bool decidedOnInforming = false;
    bool informBetrokkenen = false;
    QString informingGrounds;       // why (not): e.g. "P 14.9 a: versleuteld"
    QString notificationText;       // the text sent to the betrokkenen (P 14.11)
    QString correctiveMeasures;
};

// Which of P 14.8 a-f a notification to the AP would still lack, by letter ("b", "d"); empty when
// it can be made. The service refuses the notification until then; the client says what is missing.
inline QStringList missingForApNotification(const Datalek &datalek)
{
    QStringList missing;
    const QList<std::pair<QString, QString>> elements{{QStringLiteral("a"), datalek.aardEnOmvang},
                                                      {QStringLiteral("b"), datalek.categorieenBetrokkenen},
                                                      {QStringLiteral("c"), datalek.categorieenGegevens},
                                                      {QStringLiteral("d"), datalek.versleuteling},
                                                      {QStringLiteral("e"), datalek.aanbevolenMaatregelen},
                                                      {QStringLiteral("f"), datalek.gevolgenEnHerstel}};
    for (const auto &[letter, text] : elements) {
        if (text.trimmed().isEmpty())
            missing << letter;
    }
    return missing;
}

struct DatalekClocks {
    QDateTime privacyOfficerDue;
    QDateTime autoriteitDue;
    bool privacyOfficerOverdue = false;
    bool autoriteitOverdue = false;
};

} // namespace casusregie
