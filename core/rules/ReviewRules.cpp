#include "rules/ReviewRules.h"

namespace casusregie::ReviewRules {

Status checkComplete(const QSet<qint64> &heldIds, const QList<GegevenReview> &reviews)
{
    QSet<qint64> reviewed;
    for (const GegevenReview &review : reviews) {
        if (!heldIds.contains(review.gegevenId) || reviewed.contains(review.gegevenId))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("De herbeoordeling noemt een gegeven dat niet (meer) bij de casus hoort, of een gegeven twee keer."));
        if (review.reason.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Leg bij elk gegeven vast waarom het wordt bewaard of ingetrokken (P 3.5b)."));
        reviewed.insert(review.gegevenId);
    }
    if (reviewed != heldIds)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Nog %1 gegeven(s) zijn niet herbeoordeeld: beoordeel elk gegeven voordat de casus naar "
                                   "de volgende fase gaat (P 3.5b).")
                        .arg(heldIds.size() - reviewed.size()));
    return {};
}

} // namespace casusregie::ReviewRules
