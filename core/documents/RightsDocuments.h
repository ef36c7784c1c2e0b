#pragma once

#include "documents/Document.h"
#include "documents/InzageOverzicht.h"
#include "domain/Verzoek.h"

#include <QDate>

namespace casusregie {

// The documents for a data subject (P 18-20), made by whoever handles the request.

// P 18.1 a-h and the copy of the data (P 18.5), addressed to the requester. OM and police data
// are not in it but named as routed (P 17.5, 17.6); the kept OM records are for the handler only
// and are never printed here.
Document inzageOverzichtDocument(const InzageOverzicht &overzicht);

// The written, motivated decision on a request (P 18.3, 19.4, 20.4), addressed to the requester.
// `deadline` is the answer's legal deadline, printed so the requester can hold the ZVH to it.
Document besluitbriefDocument(const Verzoek &verzoek, QDate deadline, QDate compiledOn);

} // namespace casusregie
