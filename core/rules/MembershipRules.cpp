#include "rules/MembershipRules.h"

namespace casusregie::MembershipRules {

Status checkToetreding(const Membership &membership, QDate today)
{
    if (!membership.abBesluit.isValid() || !membership.toegetreden.isValid() || membership.ondertekenaar.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een toetreding heeft het besluit van het Algemeen Bestuur, de datum van ondertekening van "
                                   "Bijvoegsel I en wie het namens de partij ondertekende (C 21.4)."));
    if (membership.toegetreden < membership.abBesluit)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Bijvoegsel I wordt ondertekend na het besluit van het Algemeen Bestuur, niet ervoor (C 21.4)."));
    if (membership.toegetreden > today)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Leg de toetreding vast als Bijvoegsel I is ondertekend; die datum ligt niet in de toekomst."));
    return {};
}

Status checkEnd(const Membership &current, const MembershipChange &change, QDate today)
{
    if (!change.datum.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Vul de datum in."));
    if (current.opgezegd.isValid() || current.uitgesloten.isValid())
        return fail(ErrorCode::Conflict, QStringLiteral("Het lidmaatschap van deze partij is al beëindigd."));
    if (current.toegetreden.isValid() && change.datum < current.toegetreden)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Deze datum ligt vóór de toetreding van de partij."));
    if (change.gebeurtenis == MembershipEvent::Uitsluiting) {
        if (change.toelichting.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een uitsluiting heeft een reden (C 24.2)."));
        if (change.datum > today)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een uitsluiting gaat in op de dag van het besluit (C 24.2); die ligt niet in de toekomst."));
    }
    return {};
}

} // namespace casusregie::MembershipRules
