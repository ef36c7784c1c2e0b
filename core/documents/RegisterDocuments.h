#pragma once

#include "documents/Document.h"
#include "domain/Register.h"
#include "service/Commands.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace casusregie {

// The privacy officer's documents, from what the service already holds. None of them is about a
// casus; the breach documents can name people in their descriptions and are kept like the register.

// P 24.3 a-f: every processing activity with its six elements.
Document verwerkingsregisterDocument(const QList<Verwerking> &verwerkingen, QDate compiledOn);

// P 22.3: the processors, the hoofd's written approval and the yearly review, late ones marked.
Document verwerkersDocument(const QList<Verwerker> &verwerkers, QDate compiledOn);

// P 14.11: every breach with what was done, whether the AP and the betrokkenen were informed.
Document datalekkenDocument(const QList<DatalekStatus> &datalekken, QDate compiledOn);

// P 14.8 a-f: the draft of the notification to the Autoriteit Persoonsgegevens for one breach.
Document apMeldingDocument(const Datalek &datalek, QDate compiledOn);

} // namespace casusregie
