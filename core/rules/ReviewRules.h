#pragma once

#include "common/Result.h"
#include "domain/Gegeven.h"

#include <QList>
#include <QSet>

namespace casusregie::ReviewRules {

// P 3.5b: before a casus moves on, every item held is reviewed exactly once, with a reason.
Status checkComplete(const QSet<qint64> &heldIds, const QList<GegevenReview> &reviews);

} // namespace casusregie::ReviewRules
