<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ClientText</name>
    <message>
        <source>Casusregie</source>
        <translation>Casusregie</translation>
    </message>
    <message>
        <source>Casusregie desktop client</source>
        <translation>Casusregie, programma voor de werkplek</translation>
    </message>
    <message>
        <source>Local database file.</source>
        <translation>Lokaal databasebestand.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Key file of the local database.</source>
        <translation>Sleutelbestand van de lokale database.</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Lokale database: %1</translation>
    </message>
    <message>
        <source>Key file of the audit chain (default: the key file + .audit).</source>
        <translation>Sleutelbestand van de auditketen (standaard: het sleutelbestand + .audit).</translation>
    </message>
    <message>
        <source>Connection profile of the Casusregie server (from functioneel beheer).</source>
        <translation>Verbindingsprofiel van de Casusregie-server (van functioneel beheer).</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Server: %1:%2</translation>
    </message>
    <message>
        <source>A local database needs both --db FILE and --key-file FILE.</source>
        <translation>Een lokale database vraagt zowel --db BESTAND als --key-file BESTAND.</translation>
    </message>
</context>
<context>
    <name>ItemRows</name>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>yes, with consent</source>
        <translation>ja, met toestemming</translation>
    </message>
    <message>
        <source>yes, no consent</source>
        <translation>ja, geen toestemming</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Geleverd door</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Supplied for phase</source>
        <translation>Geleverd voor fase</translation>
    </message>
    <message>
        <source>Approved for</source>
        <translation>Goedgekeurd voor</translation>
    </message>
    <message>
        <source>Professional secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Selected record in full</source>
        <translation>Gekozen record volledig</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AddAfspraakDialog</name>
    <message>
        <source>Add an agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AfspraakStatusDialog</name>
    <message>
        <source>Agreement status</source>
        <translation>Status van de afspraak</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Afspraak:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AnnualFiguresView</name>
    <message>
        <source>still running</source>
        <translation>nog lopend</translation>
    </message>
    <message>
        <source>not taken on (niet doorgeleid)</source>
        <translation>niet doorgeleid</translation>
    </message>
    <message>
        <source>afgeschaald</source>
        <translation>afgeschaald</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Uitsplitsing</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>From anonymised data of live and destroyed cases (P 11.7, C 12.3); counts of 1 to 4 are shown as &lt;5.</source>
        <translation>Uit geanonimiseerde gegevens van lopende en vernietigde casussen (P 11.7, C 12.3); aantallen van 1 tot en met 4 staan als &lt;5.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
    <message>
        <source>Cases received in %1: %2</source>
        <translation>Casussen ontvangen in %1: %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Aangemeld door</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Average days in phase</source>
        <translation>Gemiddeld aantal dagen in fase</translation>
    </message>
    <message>
        <source>fewer than 5 cases</source>
        <translation>minder dan 5 casussen</translation>
    </message>
    <message>
        <source>Per month the number of cases that entered each phase, also cases registered in an earlier year.</source>
        <translation>Per maand het aantal casussen dat een fase inging, ook casussen die in een eerder jaar zijn aangemeld.</translation>
    </message>
    <message>
        <source>Cases entering each phase, per month:</source>
        <translation>Casussen die een fase ingingen, per maand:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Jaarcijfers</translation>
    </message>
    <message>
        <source>Casussen per phase per month</source>
        <translation>Casussen per fase per maand</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AnswerSentDialog</name>
    <message>
        <source>Answer sent</source>
        <translation>Antwoord verzonden</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Verzonden op:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ApNotificationDialog</name>
    <message>
        <source>Notification to the Autoriteit Persoonsgegevens</source>
        <translation>Melding aan de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Gemeld op:</translation>
    </message>
    <message>
        <source>&amp;Reference given by the AP:</source>
        <translation>&amp;Kenmerk van de AP:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ApprovalDialog</name>
    <message>
        <source>Record the supplier&apos;s approval</source>
        <translation>Goedkeuring van de leverancier vastleggen</translation>
    </message>
    <message>
        <source>name and position at the supplying party</source>
        <translation>naam en functie bij de leverende partij</translation>
    </message>
    <message>
        <source>e.g. by e-mail, by phone</source>
        <translation>bijvoorbeeld per e-mail, telefonisch</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Gegeven:</translation>
    </message>
    <message>
        <source>&amp;Approved for:</source>
        <translation>&amp;Goedgekeurd voor:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Do&amp;el:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Goedgekeurd &amp;door:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Goedgekeurd &amp;op:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ApproveVerwerkerDialog</name>
    <message>
        <source>Approve a processor (P 22.3)</source>
        <translation>Toestemming voor een verwerker (P 22.3)</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Verwerker:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>By saving you give, as hoofd, written approval for this processor agreement. It is recorded in your name with today&apos;s date; the privacy officer reviews it yearly from then on.</source>
        <translation>Met Opslaan geeft u als hoofd schriftelijke toestemming voor deze verwerkersovereenkomst. Die wordt op uw naam vastgelegd met de datum van vandaag; de privacyfunctionaris beoordeelt de verwerker vanaf dan jaarlijks.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AssessDatalekDialog</name>
    <message>
        <source>Assess the data breach</source>
        <translation>Datalek beoordelen</translation>
    </message>
    <message>
        <source>&amp;Notify the Autoriteit Persoonsgegevens (within 72 hours of discovery)</source>
        <translation>Melden aan de Autoriteit &amp;Persoonsgegevens (binnen 72 uur na de ontdekking)</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <source>&amp;inform them</source>
        <translation>&amp;informeren</translation>
    </message>
    <message>
        <source>do n&amp;ot inform them</source>
        <translation>&amp;niet informeren</translation>
    </message>
    <message>
        <source>Not needed only when the breach is unlikely to put the betrokkenen at risk (P 14.5)</source>
        <translation>Alleen niet nodig als het datalek waarschijnlijk geen risico voor de betrokkenen oplevert (P 14.5)</translation>
    </message>
    <message>
        <source>b. Categories and number of betrokkenen:</source>
        <translation>b. Categorieën en aantal betrokkenen:</translation>
    </message>
    <message>
        <source>c. Categories and amount of data:</source>
        <translation>c. Categorieën en hoeveelheid gegevens:</translation>
    </message>
    <message>
        <source>d. Encrypted, anonymised or otherwise unintelligible?</source>
        <translation>d. Versleuteld, geanonimiseerd of anderszins onbegrijpelijk?</translation>
    </message>
    <message>
        <source>e. Recommended measures:</source>
        <translation>e. Aanbevolen maatregelen:</translation>
    </message>
    <message>
        <source>f. Consequences, and how they are remedied:</source>
        <translation>f. Gevolgen, en hoe die worden hersteld:</translation>
    </message>
    <message>
        <source>Betrokkenen:</source>
        <translation>Betrokkenen:</translation>
    </message>
    <message>
        <source>&amp;Grounds of that decision (P 14.6, 14.9):</source>
        <translation>&amp;Gronden van dat besluit (P 14.6, 14.9):</translation>
    </message>
    <message>
        <source>&amp;Text sent to the betrokkenen:</source>
        <translation>&amp;Tekst van de kennisgeving aan betrokkenen:</translation>
    </message>
    <message>
        <source>Co&amp;rrective measures taken:</source>
        <translation>&amp;Herstelmaatregelen:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AuditExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AuditFilterBar</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The casus&apos;s id, as the Historie tab and the objects column show it</source>
        <translation>Het id van de casus, zoals het tabblad Historie en de kolom Objecten het tonen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation>Filter &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Casus id:</source>
        <translation>&amp;Casus-id:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>Hande&amp;ling:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>V&amp;an:</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alle partijen</translation>
    </message>
    <message>
        <source>A casus id is a number, such as 12.</source>
        <translation>Een casus-id is een getal, zoals 12.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AuditRows</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::AuditView</name>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The check could not be done: %1</source>
        <translation>De controle kon niet worden uitgevoerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n records checked (%1).</source>
        <translation>
            <numerusform>Intact: %n record gecontroleerd (%1).</numerusform>
            <numerusform>Intact: alle %n records gecontroleerd (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at record %1: %2. Report this to the privacy officer at once (%3).</source>
        <translation>Verbroken bij record %1: %2. Meld dit meteen bij de privacyfunctionaris (%3).</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>&amp;Nieuwere</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>&amp;Oudere</translation>
    </message>
    <message>
        <source>&amp;Export (CSV)…</source>
        <translation>&amp;Exporteren (CSV)…</translation>
    </message>
    <message>
        <source>All records of this filter, not only this page; ids only, no user names</source>
        <translation>Alle records van dit filter, niet alleen deze pagina; alleen id&apos;s, geen gebruikersnamen</translation>
    </message>
    <message>
        <source>Every access to personal data and every change is recorded here: who, when, what, on which objects (by id) and whether it was allowed. Your searches are recorded too.</source>
        <translation>Elke inzage in persoonsgegevens en elke wijziging staat hier: wie, wanneer, wat, op welke objecten (met hun id) en of het was toegestaan. Ook uw zoekopdrachten worden vastgelegd.</translation>
    </message>
    <message>
        <source>Check the audit &amp;chain</source>
        <translation>&amp;Keten controleren</translation>
    </message>
    <message>
        <source>Each record carries a keyed hash over itself and the record before it, so any change, deletion or insertion breaks the chain.</source>
        <translation>Elk record draagt een sleutelhash over zichzelf en het record ervoor; elke wijziging, verwijdering of invoeging verbreekt de keten.</translation>
    </message>
    <message>
        <source>Go to the first &amp;broken record</source>
        <translation>Naar het eerste &amp;verbroken record</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>The audit log could not be searched: %1</source>
        <translation>Het auditlog kon niet worden doorzocht: %1</translation>
    </message>
    <message>
        <source>No records match this filter.</source>
        <translation>Geen records voldoen aan dit filter.</translation>
    </message>
    <message>
        <source>Records %1 to %2 of this filter, newest first%3.</source>
        <translation>Records %1 tot en met %2 van dit filter, nieuwste eerst%3.</translation>
    </message>
    <message>
        <source>; there are older ones</source>
        <translation>; er zijn oudere</translation>
    </message>
    <message>
        <source>Export the audit log — ids only</source>
        <translation>Auditlog exporteren — alleen id&apos;s</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Exporting: %1 records so far…</source>
        <translation>Exporteren: tot nu toe %1 records…</translation>
    </message>
    <message>
        <source>Exported: %1 records to %2.</source>
        <translation>Geëxporteerd: %1 records naar %2.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Er is niets geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Auditrecords</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::BekendheidscheckDialog</name>
    <message>
        <source>Bekendheidscheck in other ZVHs</source>
        <translation>Bekendheidscheck in andere ZVH&apos;s</translation>
    </message>
    <message>
        <source>e.g. ZVH Haaglanden, via Middenvelder</source>
        <translation>bijvoorbeeld ZVH Haaglanden, via Middenvelder</translation>
    </message>
    <message>
        <source>e.g. not known, or known since 2024</source>
        <translation>bijvoorbeeld niet bekend, of bekend sinds 2024</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Checked at:</source>
        <translation>&amp;Nagevraagd bij:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::BetrokkeneDialog</name>
    <message>
        <source>Add betrokkene</source>
        <translation>Betrokkene toevoegen</translation>
    </message>
    <message>
        <source>e.g. mother, neighbour, wijkagent</source>
        <translation>bijvoorbeeld moeder, buurman, wijkagent</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CalamiteitsevaluatieDialog</name>
    <message>
        <source>Calamity evaluation</source>
        <translation>Calamiteitenevaluatie</translation>
    </message>
    <message>
        <source>The calamity or incident, without names</source>
        <translation>De calamiteit of het incident, zonder namen</translation>
    </message>
    <message>
        <source>Why this dossier is needed for the evaluation</source>
        <translation>Waarom dit dossier voor de evaluatie nodig is</translation>
    </message>
    <message>
        <source>From today until the end date the procesregisseur of the case may read the dossier again, without changing it; every read names this evaluation (P 11.6).</source>
        <translation>Van vandaag tot de einddatum mag de procesregisseur van de casus het dossier weer lezen, zonder het te wijzigen; elke inzage noemt deze evaluatie (P 11.6).</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat er gebeurde:</translation>
    </message>
    <message>
        <source>&amp;Why this dossier:</source>
        <translation>Waarom &amp;dit dossier:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CaseCourseTabs</name>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Role in the casus</source>
        <translation>Rol in de casus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Other ZVH</source>
        <translation>Andere ZVH</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Party asked</source>
        <translation>Gevraagde partij</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Overleg of</source>
        <translation>Overleg van</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>For party</source>
        <translation>Voor partij</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>For items of</source>
        <translation>Voor gegevens van</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Recorded how</source>
        <translation>Vastgelegd hoe</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>On / expected</source>
        <translation>Op / verwacht</translation>
    </message>
    <message>
        <source>How / ground</source>
        <translation>Hoe / grond</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Heroverweging op</translation>
    </message>
    <message>
        <source>By party</source>
        <translation>Door partij</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Parties involved</source>
        <translation>Betrokken partijen</translation>
    </message>
    <message>
        <source>Bekendheidschecks at other ZVHs</source>
        <translation>Bekendheidschecks bij andere ZVH&apos;s</translation>
    </message>
    <message>
        <source>Information asked of parties</source>
        <translation>Informatie gevraagd aan partijen</translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Supplier approvals per item and recipient</source>
        <translation>Goedkeuringen van de leverancier per gegeven en ontvanger</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Verstrekkingen</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Printed case summaries</source>
        <translation>Geprinte casussamenvattingen</translation>
    </message>
    <message>
        <source>Informing the betrokkenen (P 16)</source>
        <translation>Informeren van de betrokkenen (P 16)</translation>
    </message>
    <message>
        <source>Phase changes</source>
        <translation>Faseovergangen</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>gegeven %1</translation>
    </message>
    <message>
        <source>%1 about %2 (%3)</source>
        <translation>%1 over %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Overleggen and decisions</source>
        <translation>Overleggen en besluiten</translation>
    </message>
    <message>
        <source>Approvals and disclosures</source>
        <translation>Goedkeuringen en verstrekkingen</translation>
    </message>
    <message>
        <source>Information duty</source>
        <translation>Informatieplicht</translation>
    </message>
    <message>
        <source>Audit trail of this casus (who looked at or recorded what)</source>
        <translation>Auditlog van deze casus (wie wat inzag of vastlegde)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Ground (bijvoegsel 4)</source>
        <translation>Grond (bijvoegsel 4)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Professional secrecy set aside (P 7.2)</source>
        <translation>Beroepsgeheim doorbroken (P 7.2)</translation>
    </message>
    <message>
        <source>Monitoring after afschaling</source>
        <translation>Monitoring na afschaling</translation>
    </message>
    <message>
        <source>Retention extended (P 11.3)</source>
        <translation>Bewaartermijn verlengd (P 11.3)</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CaseStatusPanel</name>
    <message numerus="yes">
        <source>In this phase since %1 (%n day(s))</source>
        <translation>
            <numerusform>In deze fase sinds %1 (%n dag)</numerusform>
            <numerusform>In deze fase sinds %1 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no procesregisseur yet</source>
        <translation>nog geen procesregisseur</translation>
    </message>
    <message>
        <source>procesregisseur: %1</source>
        <translation>procesregisseur: %1</translation>
    </message>
    <message>
        <source>casusregisseur: %1</source>
        <translation>casusregisseur: %1</translation>
    </message>
    <message>
        <source>No overleg planned.</source>
        <translation>Geen overleg gepland.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Next overleg: %1, place not yet known.</source>
        <translation>Volgend overleg: %1, plaats nog niet bekend.</translation>
    </message>
    <message>
        <source>Next overleg: %1, %2.</source>
        <translation>Volgend overleg: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) past the due date.</source>
        <translation>
            <numerusform>%n afspraak over de termijn.</numerusform>
            <numerusform>%n afspraken over de termijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide on extending the retention before %1: the case is destroyed then (P 11.3).</source>
        <translation>Besluit vóór %1 over verlenging van de bewaartermijn: dan wordt de casus vernietigd (P 11.3).</translation>
    </message>
    <message numerus="yes">
        <source>%n information-duty review(s) due (P 16.7).</source>
        <translation>
            <numerusform>%n herbeoordeling van de informatieplicht is aan de beurt (P 16.7).</numerusform>
            <numerusform>%n herbeoordelingen van de informatieplicht zijn aan de beurt (P 16.7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under professional secrecy that may not be shared: consent or an override is missing (P 7.2).</source>
        <translation>
            <numerusform>%n gegeven onder beroepsgeheim mag niet gedeeld worden: toestemming of een doorbreking ontbreekt (P 7.2).</numerusform>
            <numerusform>%n gegevens onder beroepsgeheim mogen niet gedeeld worden: toestemming of een doorbreking ontbreekt (P 7.2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CaseWorkspace</name>
    <message>
        <source>&amp;Take on this case</source>
        <translation>Casus &amp;oppakken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Items you may see</source>
        <translation>Gegevens die u mag zien</translation>
    </message>
    <message>
        <source>This case does not exist, or you may not see it.</source>
        <translation>Deze casus bestaat niet, of u mag hem niet zien.</translation>
    </message>
    <message>
        <source>The case could not be loaded: %1</source>
        <translation>De casus kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · phase %2 · registered on %3 by %4%5</source>
        <translation>&lt;b&gt;Casus %1&lt;/b&gt; · fase %2 · aangemeld op %3 door %4%5</translation>
    </message>
    <message>
        <source> · themes: %1</source>
        <translation> · thema&apos;s: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>
Goal: %1</source>
        <translation>
Doel: %1</translation>
    </message>
    <message>
        <source>You may not see the personal data of this case: %1</source>
        <translation>U mag de persoonsgegevens van deze casus niet zien: %1</translation>
    </message>
    <message>
        <source>Not taken on: %1</source>
        <translation>Niet opgepakt: %1</translation>
    </message>
    <message>
        <source>Add &amp;betrokkene…</source>
        <translation>Betro&amp;kkene toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>&amp;Gegeven toevoegen…</translation>
    </message>
    <message>
        <source>Change &amp;phase…</source>
        <translation>&amp;Fase wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>&amp;Triage…</translation>
    </message>
    <message>
        <source>Plan &amp;overleg…</source>
        <translation>Overleg &amp;plannen…</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Goe&amp;dkeuring vastleggen…</translation>
    </message>
    <message>
        <source>The supplier&apos;s approval of the selected item for other parties</source>
        <translation>De goedkeuring van de leverancier van het gekozen gegeven voor andere partijen</translation>
    </message>
    <message>
        <source>%1 about %2, supplied by %3</source>
        <translation>%1 over %2, geleverd door %3</translation>
    </message>
    <message>
        <source>Record o&amp;verleg…</source>
        <translation>O&amp;verleg vastleggen…</translation>
    </message>
    <message>
        <source>The overleggen could not be loaded: %1</source>
        <translation>De overleggen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>Toest&amp;emming…</translation>
    </message>
    <message>
        <source>&amp;Disclosure…</source>
        <translation>Ve&amp;rstrekking…</translation>
    </message>
    <message>
        <source>Record a betrokkene&apos;s consent for items under professional secrecy (P 7.2)</source>
        <translation>De toestemming van een betrokkene vastleggen voor gegevens onder beroepsgeheim (P 7.2)</translation>
    </message>
    <message>
        <source>Record a disclosure of items (P 8.1)</source>
        <translation>Een verstrekking van gegevens vastleggen (P 8.1)</translation>
    </message>
    <message>
        <source>Information d&amp;uty…</source>
        <translation>&amp;Informatieplicht…</translation>
    </message>
    <message>
        <source>Record that a betrokkene was informed, or why informing is withheld (P 16)</source>
        <translation>Vastleggen dat een betrokkene is geïnformeerd, of waarom informeren is uitgesteld (P 16)</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Toestemming intrekke&amp;n…</translation>
    </message>
    <message>
        <source>The consents could not be loaded: %1</source>
        <translation>De toestemmingen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Bekendheids&amp;check…</source>
        <translation>Bekendheids&amp;check…</translation>
    </message>
    <message>
        <source>&amp;Monitoring note…</source>
        <translation>&amp;Monitoringsnotitie…</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>Casus&amp;samenvatting…</translation>
    </message>
    <message>
        <source>Print or save the case summary for a planned overleg, one numbered copy per party (C 13.2f)</source>
        <translation>De casussamenvatting voor een gepland overleg afdrukken of opslaan, één genummerd exemplaar per partij (C 13.2f)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · phase %2</source>
        <translation>&lt;b&gt;Casus %1&lt;/b&gt; · fase %2</translation>
    </message>
    <message>
        <source>There is no betrokkene in this case that you may see yet.</source>
        <translation>Er is in deze casus nog geen betrokkene die u mag zien.</translation>
    </message>
    <message>
        <source>There are no items you may see yet.</source>
        <translation>Er zijn nog geen gegevens die u mag zien.</translation>
    </message>
    <message>
        <source>Select an item in the table first.</source>
        <translation>Kies eerst een gegeven in de tabel.</translation>
    </message>
    <message>
        <source>Mo&amp;re</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Withdraw an approval…</source>
        <translation>Goedkeuring &amp;intrekken…</translation>
    </message>
    <message>
        <source>End one approval of your party&apos;s item for a recipient (C 17.2)</source>
        <translation>Eén goedkeuring van een gegeven van uw partij voor een ontvanger beëindigen (C 17.2)</translation>
    </message>
    <message>
        <source>Set aside professional &amp;secrecy…</source>
        <translation>&amp;Beroepsgeheim doorbreken…</translation>
    </message>
    <message>
        <source>Record your party&apos;s decision to share an item under professional secrecy (B4)</source>
        <translation>Het besluit van uw partij vastleggen om een gegeven onder beroepsgeheim te delen (B4)</translation>
    </message>
    <message>
        <source>Appoint the &amp;casusregisseur…</source>
        <translation>&amp;Casusregisseur aanwijzen…</translation>
    </message>
    <message>
        <source>The partner who directs the plan van aanpak (C 9.4a)</source>
        <translation>De partner die regie voert over het plan van aanpak (C 9.4a)</translation>
    </message>
    <message>
        <source>Assign a &amp;procesregisseur…</source>
        <translation>&amp;Procesregisseur toevoegen…</translation>
    </message>
    <message>
        <source>Another procesregisseur works on this case too</source>
        <translation>Nog een procesregisseur werkt aan deze casus</translation>
    </message>
    <message>
        <source>&amp;Extend the retention…</source>
        <translation>Bewaartermijn &amp;verlengen…</translation>
    </message>
    <message>
        <source>The partners&apos; decision to keep the case longer (P 11.3-11.5)</source>
        <translation>Het besluit van de partners om de casus langer te bewaren (P 11.3-11.5)</translation>
    </message>
    <message>
        <source>Calamity &amp;evaluation…</source>
        <translation>Calamiteiten&amp;evaluatie…</translation>
    </message>
    <message>
        <source>Open the dossier again to evaluate a calamity (P 11.6)</source>
        <translation>Het dossier opnieuw openen om een calamiteit te evalueren (P 11.6)</translation>
    </message>
    <message>
        <source>The approvals could not be loaded: %1</source>
        <translation>De goedkeuringen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Your organisation has supplied no item under professional secrecy in this case.</source>
        <translation>Uw organisatie heeft in deze casus geen gegeven onder beroepsgeheim ingebracht.</translation>
    </message>
    <message>
        <source>No casusregisseur of a party with a role in this case can be appointed.</source>
        <translation>Er is geen casusregisseur van een partij met een rol in deze casus om aan te wijzen.</translation>
    </message>
    <message>
        <source>There is no other procesregisseur to assign.</source>
        <translation>Er is geen andere procesregisseur om toe te voegen.</translation>
    </message>
    <message>
        <source>People and items</source>
        <translation>Personen en gegevens</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Gegevens</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CasesModel</name>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Aangemeld door</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) past the due date</source>
        <translation>
            <numerusform>%n afspraak over de termijn</numerusform>
            <numerusform>%n afspraken over de termijn</numerusform>
        </translation>
    </message>
    <message>
        <source>retention decision due before %1</source>
        <translation>bewaarbesluit nodig vóór %1</translation>
    </message>
    <message numerus="yes">
        <source>%n information-duty review(s) due</source>
        <translation>
            <numerusform>%n herbeoordeling informatieplicht</numerusform>
            <numerusform>%n herbeoordelingen informatieplicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under professional secrecy without consent</source>
        <translation>
            <numerusform>%n gegeven onder beroepsgeheim zonder toestemming</numerusform>
            <numerusform>%n gegevens onder beroepsgeheim zonder toestemming</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoofdpersoon</source>
        <translation>Hoofdpersoon</translation>
    </message>
    <message>
        <source>Days in phase</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>Next overleg</source>
        <translation>Volgend overleg</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open afspraken</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CasesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Submit &amp;aanmelding</source>
        <translation>&amp;Aanmelding indienen</translation>
    </message>
    <message>
        <source>Case number, e.g. 2026-0001</source>
        <translation>Casusnummer, bijv. 2026-0001</translation>
    </message>
    <message>
        <source>Why does this situation need the Zorg- en Veiligheidshuis? Describe the problems on several fronts and what has been tried.</source>
        <translation>Waarom is het Zorg- en Veiligheidshuis hier nodig? Beschrijf de problemen op de verschillende leefgebieden en wat al is geprobeerd.</translation>
    </message>
    <message>
        <source>New aanmelding for %1</source>
        <translation>Nieuwe aanmelding door %1</translation>
    </message>
    <message>
        <source>Reason for the aanmelding:</source>
        <translation>Reden van aanmelding:</translation>
    </message>
    <message>
        <source>Search a case by its number.</source>
        <translation>Zoek een casus op zijn nummer.</translation>
    </message>
    <message>
        <source>A case number looks like 2026-0001: the year, a dash and a serial number.</source>
        <translation>Een casusnummer ziet eruit als 2026-0001: het jaar, een streepje en een volgnummer.</translation>
    </message>
    <message>
        <source>Searching failed: %1</source>
        <translation>Zoeken mislukt: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Bezig met indienen…</translation>
    </message>
    <message>
        <source>Not submitted: the connection or the session was lost. Your text stays here; log in again and submit it then.</source>
        <translation>Niet ingediend: de verbinding of de sessie is verbroken. Uw tekst blijft hier staan; log opnieuw in en dien hem dan in.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Niet ingediend: %1</translation>
    </message>
    <message>
        <source>Aanmelding %1 has been submitted.</source>
        <translation>Aanmelding %1 is ingediend.</translation>
    </message>
    <message>
        <source>My worklist</source>
        <translation>Mijn werkvoorraad</translation>
    </message>
    <message>
        <source>Aanmeldingen of my organisation</source>
        <translation>Aanmeldingen van mijn organisatie</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>De lijst kon niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cases you work on: %n; double-click to open one.</source>
        <translation>
            <numerusform>Casussen waaraan u werkt: %n; dubbelklik om er een te openen.</numerusform>
            <numerusform>Casussen waaraan u werkt: %n; dubbelklik om er een te openen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases you work on: the first %n; scroll down for more, double-click to open one.</source>
        <translation>
            <numerusform>Casussen waaraan u werkt: de eerste %n; scroll omlaag voor meer, dubbelklik om er een te openen.</numerusform>
            <numerusform>Casussen waaraan u werkt: de eerste %n; scroll omlaag voor meer, dubbelklik om er een te openen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aanmeldingen of your organisation: %n; double-click to read one.</source>
        <translation>
            <numerusform>Aanmeldingen van uw organisatie: %n; dubbelklik om hem te lezen.</numerusform>
            <numerusform>Aanmeldingen van uw organisatie: %n; dubbelklik om er een te lezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>or a name, with the date of birth</source>
        <translation>of naam met geboortedatum</translation>
    </message>
    <message>
        <source>Name of a betrokkene</source>
        <translation>Naam van een betrokkene</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <source>No case for %1 that you may see.</source>
        <translation>Geen casus voor %1 die u mag zien.</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n case(s); double-click to open one.</source>
        <translation>
            <numerusform>Gevonden: %n casus; dubbelklik om te openen.</numerusform>
            <numerusform>Gevonden: %n casussen; dubbelklik om er een te openen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ChooseColleagueDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is nobody to choose: %1</source>
        <translation>Er is niemand om te kiezen: %1</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Collega:</translation>
    </message>
    <message>
        <source>Appoint the casusregisseur</source>
        <translation>Casusregisseur aanwijzen</translation>
    </message>
    <message>
        <source>The casusregisseur is a partner&apos;s casusregisseur from a party with a role in this case (C 9.4a, 14).</source>
        <translation>De casusregisseur is een casusregisseur van een partner met een rol in deze casus (C 9.4a, 14).</translation>
    </message>
    <message>
        <source>Assign a procesregisseur</source>
        <translation>Procesregisseur toevoegen</translation>
    </message>
    <message>
        <source>An active procesregisseur who does not yet work on this case.</source>
        <translation>Een actieve procesregisseur die nog niet aan deze casus werkt.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Told that the consent can be withdrawn at any time</source>
        <translation>Gewezen op het recht de toestemming altijd in te trekken</translation>
    </message>
    <message>
        <source>Only when a representative gave it</source>
        <translation>Alleen als een vertegenwoordiger toestemming gaf</translation>
    </message>
    <message>
        <source>e.g. treatment data for the casusoverleg</source>
        <translation>bijvoorbeeld behandelgegevens voor het casusoverleg</translation>
    </message>
    <message>
        <source>e.g. in writing, form in the supplier&apos;s file</source>
        <translation>bijvoorbeeld schriftelijk, formulier in het dossier van de leverancier</translation>
    </message>
    <message>
        <source>&amp;Betrokkene:</source>
        <translation>&amp;Betrokkene:</translation>
    </message>
    <message>
        <source>For items of:</source>
        <translation>Voor gegevens van:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Gegeven door:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Vertegenwoordiger:</translation>
    </message>
    <message>
        <source>Given &amp;on:</source>
        <translation>Gegeven &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Reikwijdte:</translation>
    </message>
    <message>
        <source>&amp;How recorded:</source>
        <translation>&amp;Hoe vastgelegd:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::CorrectItemDialog</name>
    <message>
        <source>Correct an item (P 19)</source>
        <translation>Gegeven corrigeren (P 19)</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Gegeven:</translation>
    </message>
    <message>
        <source>&amp;Corrected content:</source>
        <translation>&amp;Gecorrigeerde inhoud:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::DatalekDialog</name>
    <message>
        <source>Report a data breach</source>
        <translation>Datalek melden</translation>
    </message>
    <message>
        <source>&amp;Discovered on:</source>
        <translation>&amp;Ontdekt op:</translation>
    </message>
    <message>
        <source>a. What happened, and how much data:</source>
        <translation>a. Aard en omvang van het lek:</translation>
    </message>
    <message>
        <source>b. Contact person:</source>
        <translation>b. Contactpersoon:</translation>
    </message>
    <message>
        <source>c. Measures that could limit it:</source>
        <translation>c. Mogelijke maatregelen om het te beperken:</translation>
    </message>
    <message>
        <source>d. Consequences for the betrokkenen:</source>
        <translation>d. Gevolgen voor de betrokkenen:</translation>
    </message>
    <message>
        <source>e. Measures already taken:</source>
        <translation>e. Al genomen maatregelen:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::DatalekkenView</name>
    <message>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Aard en omvang</translation>
    </message>
    <message>
        <source>Privacy officer (24 h)</source>
        <translation>Privacyfunctionaris (24 uur)</translation>
    </message>
    <message>
        <source>Autoriteit Persoonsgegevens (72 h)</source>
        <translation>Autoriteit Persoonsgegevens (72 uur)</translation>
    </message>
    <message>
        <source>Informing betrokkenen</source>
        <translation>Betrokkenen informeren</translation>
    </message>
    <message>
        <source>The breach register could not be loaded: %1</source>
        <translation>Het datalekkenregister kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>informed %1</source>
        <translation>geïnformeerd %1</translation>
    </message>
    <message>
        <source>notified %1 (%2)</source>
        <translation>gemeld %1 (%2)</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>nog geen besluit</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>geïnformeerd</translation>
    </message>
    <message>
        <source>not informed: %1</source>
        <translation>niet geïnformeerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Data breaches: %n</source>
        <translation>
            <numerusform>Datalekken: %n</numerusform>
            <numerusform>Datalekken: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %n past a deadline</source>
        <translation>
            <numerusform>, waarvan %n over een termijn heen</numerusform>
            <numerusform>, waarvan %n over een termijn heen</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft &amp;AP notification…</source>
        <translation>Concept-melding &amp;AP…</translation>
    </message>
    <message>
        <source>Assessment (P 14.8)</source>
        <translation>Beoordeling (P 14.8)</translation>
    </message>
    <message>
        <source>A&amp;ssess…</source>
        <translation>Be&amp;oordelen…</translation>
    </message>
    <message>
        <source>AP &amp;notified…</source>
        <translation>AP-melding vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Record when the breach was notified to the AP and the reference it gave</source>
        <translation>Leg vast wanneer het datalek bij de AP is gemeld en welk kenmerk de AP gaf</translation>
    </message>
    <message>
        <source>Choose a breach first</source>
        <translation>Kies eerst een datalek</translation>
    </message>
    <message>
        <source>The notification has been recorded</source>
        <translation>De melding is vastgelegd</translation>
    </message>
    <message>
        <source>The assessment says the AP need not be notified</source>
        <translation>Volgens de beoordeling hoeft het niet bij de AP te worden gemeld</translation>
    </message>
    <message>
        <source>The notification holds at least P 14.8 a-f: complete the assessment first (missing: %1)</source>
        <translation>De melding bevat ten minste P 14.8 a-f: vul eerst de beoordeling aan (ontbreekt: %1)</translation>
    </message>
    <message numerus="yes">
        <source>due %1 (%n hours left)</source>
        <translation>
            <numerusform>uiterlijk %1 (nog %n uur)</numerusform>
            <numerusform>uiterlijk %1 (nog %n uur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1 (%n hours late)</source>
        <translation>
            <numerusform>uiterlijk %1 (%n uur te laat)</numerusform>
            <numerusform>uiterlijk %1 (%n uur te laat)</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>volledig</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>ontbreekt %1</translation>
    </message>
    <message>
        <source>Data breach register</source>
        <translation>Datalekkenregister</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, empty if unknown</source>
        <translation>dd-mm-jjjj, leeg als onbekend</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy, e.g. 28-11-2026.</source>
        <translation>Typ de datum als dd-mm-jjjj, bijvoorbeeld 28-11-2026.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>The date may not be before %1.</source>
        <translation>De datum mag niet vóór %1 liggen.</translation>
    </message>
    <message>
        <source>The date may not be after %1.</source>
        <translation>De datum mag niet na %1 liggen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::DecideVerzoekDialog</name>
    <message>
        <source>Decide on the request</source>
        <translation>Besluiten op het verzoek</translation>
    </message>
    <message>
        <source>Required for a refusal or partial refusal: the legal ground and why</source>
        <translation>Verplicht bij (gedeeltelijke) afwijzing: de wettelijke grond en waarom</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivering:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::DocumentButtons</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Afdru&amp;kken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>De printer nam het document niet aan.</translation>
    </message>
    <message>
        <source>Save as PDF — the file may contain personal data</source>
        <translation>Opslaan als PDF — het bestand kan persoonsgegevens bevatten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved (readable only by you): %1</source>
        <translation>Opgeslagen (alleen door u te lezen): %1</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::EraseItemDialog</name>
    <message>
        <source>Erase an item (P 19)</source>
        <translation>Gegeven verwijderen (P 19)</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Gegeven:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhoud:</translation>
    </message>
    <message>
        <source>By saving you erase this item for good, as the request was granted. It cannot be undone; the audit log keeps that it happened, not what it said.</source>
        <translation>Met Opslaan verwijdert u dit gegeven definitief, zoals het verzoek is toegewezen. Dat kan niet ongedaan worden gemaakt; het auditlog bewaart dat het gebeurde, niet wat er stond.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::FirstStartDialog</name>
    <message>
        <source>Casusregie: connection profile</source>
        <translation>Casusregie: verbindingsprofiel</translation>
    </message>
    <message>
        <source>This workstation has no connection profile for the Casusregie server yet. Ask functioneel beheer of the Zorg- en Veiligheidshuis for the connection profile of your organisation (werkplek.ini) and the server&apos;s CA certificate, or ask your IT department to install them for the whole workstation.

Looked in:
%1</source>
        <translation>Op deze werkplek staat nog geen verbindingsprofiel voor de Casusregie-server. Vraag functioneel beheer van het Zorg- en Veiligheidshuis om het verbindingsprofiel van uw organisatie (werkplek.ini) en het CA-certificaat van de server, of vraag uw IT-afdeling ze voor de hele werkplek te installeren.

Gezocht in:
%1</translation>
    </message>
    <message>
        <source>&amp;Open connection profile…</source>
        <translation>Verbindingsprofiel &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Open connection profile</source>
        <translation>Verbindingsprofiel openen</translation>
    </message>
    <message>
        <source>Connection profiles (*.ini)</source>
        <translation>Verbindingsprofielen (*.ini)</translation>
    </message>
    <message>
        <source>The profile could not be kept at %1.</source>
        <translation>Het profiel kon niet worden bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::FormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>Sluiten zonder op te slaan wat u hebt ingevuld?</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::GegevenDialog</name>
    <message>
        <source>Add item</source>
        <translation>Gegeven toevoegen</translation>
    </message>
    <message>
        <source>Under professional secrecy (sharing needs consent, P 7.2)</source>
        <translation>Valt onder het beroepsgeheim (delen vraagt toestemming, P 7.2)</translation>
    </message>
    <message>
        <source>Required for special categories such as health or criminal data (B3)</source>
        <translation>Verplicht bij bijzondere categorieën zoals gezondheid of strafrechtelijke gegevens (B3)</translation>
    </message>
    <message>
        <source>&amp;Betrokkene:</source>
        <translation>&amp;Betrokkene:</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>&amp;Soort gegeven:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <source>&amp;Supplied by:</source>
        <translation>Ge&amp;leverd door:</translation>
    </message>
    <message>
        <source>&amp;Grondslag:</source>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <source>&amp;Why necessary:</source>
        <translation>&amp;Waarom nodig:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::InformatieplichtDialog</name>
    <message>
        <source>Information duty (P 16)</source>
        <translation>Informatieplicht (P 16)</translation>
    </message>
    <message>
        <source>&amp;Informed</source>
        <translation>&amp;Geïnformeerd</translation>
    </message>
    <message>
        <source>Informing &amp;withheld</source>
        <translation>Informeren &amp;uitgesteld</translation>
    </message>
    <message>
        <source>e.g. in a conversation, with the leaflet</source>
        <translation>bijvoorbeeld in een gesprek, met de folder</translation>
    </message>
    <message>
        <source>Under which conditions the betrokkene will be informed</source>
        <translation>Onder welke voorwaarden de betrokkene alsnog wordt geïnformeerd</translation>
    </message>
    <message>
        <source>Informed &amp;on:</source>
        <translation>Geïnformeerd &amp;op:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>By &amp;party:</source>
        <translation>Door &amp;partij:</translation>
    </message>
    <message>
        <source>&amp;Ground (P 16.6):</source>
        <translation>G&amp;rond (P 16.6):</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Expected to inform on:</source>
        <translation>Naar verwachting informeren op:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Voorwaarden:</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>&amp;Herbeoordelen op:</translation>
    </message>
    <message>
        <source>&amp;Betrokkene:</source>
        <translation>&amp;Betrokkene:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ItemReviewModel</name>
    <message>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Why still needed, or why withdrawn</source>
        <translation>Waarom nog nodig, of waarom ingetrokken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::KeptOmDisclosuresView</name>
    <message>
        <source>Disclosed</source>
        <translation>Verstrekt</translation>
    </message>
    <message>
        <source>OM party</source>
        <translation>OM-partij</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Kinds of data</source>
        <translation>Soorten gegevens</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>Vernietigd op</translation>
    </message>
    <message>
        <source>Kept records of OM disclosures</source>
        <translation>Bewaarde OM-verstrekkingen</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geboren %2</translation>
    </message>
    <message>
        <source>The kept records could not be loaded: %1</source>
        <translation>De bewaarde verstrekkingen konden niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Records of OM disclosures kept after their casus was destroyed (P 17.5): %n. Each is destroyed 4 years after the disclosure.</source>
        <translation>
            <numerusform>Bewaarde verstrekkingen van OM-gegevens waarvan de casus al is vernietigd (P 17.5): %n. Elk wordt 4 jaar na de verstrekking vernietigd.</numerusform>
            <numerusform>Bewaarde verstrekkingen van OM-gegevens waarvan de casus al is vernietigd (P 17.5): %n. Elk wordt 4 jaar na de verstrekking vernietigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casusregie::ui::LengthCounter</name>
    <message>
        <source>%1 characters, at most %2 fit; shorten the text.</source>
        <translation>%1 tekens, er passen er ten hoogste %2; maak de tekst korter.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Casusregie is locked</source>
        <translation>Casusregie is vergrendeld</translation>
    </message>
    <message>
        <source>The screen was locked so that nobody else can read the case data. Type the password of %1 to continue; everything you typed is still there.</source>
        <translation>Het scherm is vergrendeld, zodat niemand anders de casusgegevens kan lezen. Typ het wachtwoord van %1 om verder te gaan; alles wat u had ingevuld staat er nog.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::LoginDialog</name>
    <message>
        <source>Casusregie: log in</source>
        <translation>Casusregie: inloggen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Inloggen mislukt: %1</translation>
    </message>
    <message>
        <source>Zorg- en Veiligheidshuis Rotterdam-Rijnmond. This system holds confidential personal data: use it only for your task in a case.</source>
        <translation>Zorg- en Veiligheidshuis Rotterdam-Rijnmond. Dit systeem bevat vertrouwelijke persoonsgegevens: gebruik het alleen voor uw taak in een casus.</translation>
    </message>
    <message>
        <source>&amp;Code from the authenticator app:</source>
        <translation>&amp;Code uit de authenticator-app:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Your account is not ready yet; log in again to finish setting it up.</source>
        <translation>Uw account is nog niet klaar; log opnieuw in om het in te richten.</translation>
    </message>
    <message>
        <source>&amp;Code from the authenticator app (if your account has one):</source>
        <translation>&amp;Code uit de authenticator-app (als uw account die heeft):</translation>
    </message>
    <message>
        <source>Demo database: accounts without a second factor log in with their password alone. Never use it for real cases.</source>
        <translation>Demodatabase: accounts zonder tweede factor melden zich aan met alleen hun wachtwoord. Gebruik haar nooit voor echte casussen.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::MainWindow</name>
    <message>
        <source>Casusregie — %1</source>
        <translation>Casusregie — %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Ingelogd als %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Casusregie</source>
        <translation>&amp;Over Casusregie</translation>
    </message>
    <message>
        <source>Could not load the parties: %1</source>
        <translation>De partijen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>About Casusregie</source>
        <translation>Over Casusregie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Casusregie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for the Zorg- en Veiligheidshuis Rotterdam-Rijnmond.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL-1.2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Casusregie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Casusregistratie voor het Zorg- en Veiligheidshuis Rotterdam-Rijnmond.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de EUPL-1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>The connection with the server was lost.</source>
        <translation>De verbinding met de server is verbroken.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Uw sessie is beëindigd.</translation>
    </message>
    <message>
        <source>Log in again as %1 to continue where you were.</source>
        <translation>Log opnieuw in als %1 om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>Logged in again. Your input is still there; you can save it now.</source>
        <translation>Opnieuw ingelogd. Uw invoer staat er nog; u kunt die nu opslaan.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>Report a data &amp;breach…</source>
        <translation>&amp;Datalek melden…</translation>
    </message>
    <message>
        <source>The data breach has been reported to the privacy officer.</source>
        <translation>Het datalek is gemeld bij de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Jaarcijfers</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>You have typed something that is not saved yet. Close Casusregie anyway?</source>
        <translation>U hebt iets ingevuld dat nog niet is opgeslagen. Casusregie toch sluiten?</translation>
    </message>
    <message>
        <source>Case…</source>
        <translation>Casus…</translation>
    </message>
    <message>
        <source>Close with Ctrl+W</source>
        <translation>Sluiten met Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>Casus &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <source>Lock &amp;after…</source>
        <translation>Automatisch vergrendelen &amp;na…</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Lock Casusregie after this many minutes without keyboard or mouse (at most %1):</source>
        <translation>Casusregie vergrendelen na zoveel minuten zonder toetsenbord of muis (hoogstens %1):</translation>
    </message>
    <message numerus="yes">
        <source>Casusregie now locks after %n minutes without input.</source>
        <translation>
            <numerusform>Casusregie vergrendelt nu na %n minuut zonder invoer.</numerusform>
            <numerusform>Casusregie vergrendelt nu na %n minuten zonder invoer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles to confirm</source>
        <translation>Rollen bevestigen</translation>
    </message>
    <message>
        <source>Kept OM disclosures</source>
        <translation>Bewaarde OM-verstrekkingen</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::MembershipEndDialog</name>
    <message>
        <source>Uitsluiting of a party (C 24.2)</source>
        <translation>Uitsluiting van een partij (C 24.2)</translation>
    </message>
    <message>
        <source>Opzegging by a party (C 22.3)</source>
        <translation>Opzegging door een partij (C 22.3)</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partij:</translation>
    </message>
    <message>
        <source>From this date the party&apos;s users can no longer log in and nothing is shared with the party any more (P 27.3). What it received before stays under the covenant&apos;s secrecy.</source>
        <translation>Vanaf deze datum kunnen de gebruikers van de partij niet meer inloggen en wordt er niets meer met de partij gedeeld (P 27.3). Wat zij eerder ontving, blijft onder de geheimhouding van het convenant.</translation>
    </message>
    <message>
        <source>&amp;Decision of the Algemeen Bestuur on:</source>
        <translation>&amp;Besluit van het Algemeen Bestuur op:</translation>
    </message>
    <message>
        <source>&amp;Takes effect on:</source>
        <translation>&amp;Gaat in op:</translation>
    </message>
    <message>
        <source>&amp;Reason (after notice of default):</source>
        <translation>&amp;Reden (na ingebrekestelling):</translation>
    </message>
    <message>
        <source>&amp;Note (e.g. the letter):</source>
        <translation>&amp;Toelichting (bijv. de brief):</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::MembershipPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>New party (&amp;toetreding)…</source>
        <translation>Nieuwe partij (&amp;toetreding)…</translation>
    </message>
    <message>
        <source>Record &amp;opzegging…</source>
        <translation>&amp;Opzegging vastleggen…</translation>
    </message>
    <message>
        <source>Record &amp;uitsluiting…</source>
        <translation>&amp;Uitsluiting vastleggen…</translation>
    </message>
    <message>
        <source>Membership of the covenant (C 21-24)</source>
        <translation>Lidmaatschap van het convenant (C 21-24)</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>Lidmaatschapshistorie</translation>
    </message>
    <message>
        <source>Choose a party in the table above first</source>
        <translation>Kies eerst een partij in de tabel hierboven</translation>
    </message>
    <message>
        <source>This party&apos;s membership has ended already</source>
        <translation>Het lidmaatschap van deze partij is al beëindigd</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::MonitoringNoteDialog</name>
    <message>
        <source>Monitoring note</source>
        <translation>Monitoringsnotitie</translation>
    </message>
    <message>
        <source>How is it going, measured against the afschalingscriteria?</source>
        <translation>Hoe gaat het, gemeten aan de afschalingscriteria?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::NewAccountDialog</name>
    <message>
        <source>Hand it over in person or by phone; it opens nothing but choosing an own password, once.</source>
        <translation>Geef het persoonlijk of telefonisch door; het opent niets dan één keer het kiezen van een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;satie:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality statement signed on (P 13.1):</source>
        <translation>Geheimhoudings&amp;verklaring getekend op (P 13.1):</translation>
    </message>
    <message>
        <source>&amp;VOG or screening on (P 13.3):</source>
        <translation>VOG of scr&amp;eening op (P 13.3):</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>Eenmalig &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Roles that open personal data take effect once the hoofd confirms them. At the first login the user chooses an own password and sets up the second factor.</source>
        <translation>Rollen die toegang geven tot persoonsgegevens gelden pas als het hoofd ze bevestigt. Bij de eerste aanmelding kiest de gebruiker een eigen wachtwoord en stelt de tweede factor in.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::NewPasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Kies uw eigen wachtwoord</translation>
    </message>
    <message>
        <source>You logged in with a one-time password from the application manager. Choose a password of your own, of at least %1 characters, that nobody else knows.</source>
        <translation>U bent ingelogd met een eenmalig wachtwoord van functioneel beheer. Kies een eigen wachtwoord van ten minste %1 tekens dat niemand anders kent.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message numerus="yes">
        <source>Still %n character(s) to go.</source>
        <translation>
            <numerusform>Nog %n teken te gaan.</numerusform>
            <numerusform>Nog %n tekens te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>De twee wachtwoorden zijn nog niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::OverlegDialog</name>
    <message>
        <source>Plan a casusoverleg</source>
        <translation>Casusoverleg plannen</translation>
    </message>
    <message>
        <source>e.g. a shared picture and a plan</source>
        <translation>bijvoorbeeld een gezamenlijk beeld en een plan</translation>
    </message>
    <message>
        <source>e.g. plan van aanpak, casusregisseur</source>
        <translation>bijvoorbeeld plan van aanpak, casusregisseur</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>W&amp;aar:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Decisions to take:</source>
        <translation>Te nemen &amp;besluiten:</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>&amp;Uitnodigen:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::OverlegOutcomeDialog</name>
    <message>
        <source>Record a casusoverleg</source>
        <translation>Casusoverleg vastleggen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Leave empty when no decision was taken</source>
        <translation>Leeg laten als er geen besluit is genomen</translation>
    </message>
    <message>
        <source>For an opschaling: Breed MT or the bestuurlijke tafel</source>
        <translation>Bij opschaling: Breed MT of de bestuurlijke tafel</translation>
    </message>
    <message>
        <source>For an afschaling: when is the casus back on track?</source>
        <translation>Bij afschaling: wanneer is de casus weer op de rit?</translation>
    </message>
    <message>
        <source>&amp;Overleg:</source>
        <translation>&amp;Overleg:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Aanwezig:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Verslag:</translation>
    </message>
    <message>
        <source>&amp;Kind of decision:</source>
        <translation>&amp;Soort besluit:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>&amp;Escalated to:</source>
        <translation>Opgeschaald &amp;naar:</translation>
    </message>
    <message>
        <source>&amp;Afschalingscriteria:</source>
        <translation>A&amp;fschalingscriteria:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::OwnAanmeldingDialog</name>
    <message>
        <source>Your organisation&apos;s aanmelding</source>
        <translation>Aanmelding van uw organisatie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>What was submitted</source>
        <translation>Wat is aangemeld</translation>
    </message>
    <message>
        <source>What was submitted:</source>
        <translation>Wat is aangemeld:</translation>
    </message>
    <message>
        <source>This aanmelding cannot be shown: %1</source>
        <translation>Deze aanmelding kan niet worden getoond: %1</translation>
    </message>
    <message>
        <source>Aanmelding %1</source>
        <translation>Aanmelding %1</translation>
    </message>
    <message>
        <source>taken on by a procesregisseur, now in phase %1</source>
        <translation>opgepakt door een procesregisseur, nu in de fase %1</translation>
    </message>
    <message>
        <source>waiting to be taken on by a procesregisseur</source>
        <translation>wacht tot een procesregisseur hem oppakt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aanmelding %1&lt;/b&gt; by %2, submitted on %3.&lt;br&gt;Status: %4.</source>
        <translation>&lt;b&gt;Aanmelding %1&lt;/b&gt; van %2, ingediend op %3.&lt;br&gt;Status: %4.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::PartiesModel</name>
    <message>
        <source>Excluded since %1</source>
        <translation>Uitgesloten sinds %1</translation>
    </message>
    <message>
        <source>Withdrew on %1</source>
        <translation>Opgezegd per %1</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Neemt deel</translation>
    </message>
    <message>
        <source>Not yet joined</source>
        <translation>Nog niet toegetreden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <source>Type (basis in P 6.4)</source>
        <translation>Soort (grondslag P 6.4)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Toegetreden</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Takes part; withdraws on %1</source>
        <translation>Neemt deel; stopt op %1</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::PartiesView</name>
    <message>
        <source>Search parties…</source>
        <translation>Partijen zoeken…</translation>
    </message>
    <message>
        <source>Filter the parties</source>
        <translation>Partijen filteren</translation>
    </message>
    <message>
        <source>Parties of the covenant</source>
        <translation>Partijen van het convenant</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::PhaseChangeDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>e.g. decision of the casusoverleg of 12-03-2026</source>
        <translation>bijvoorbeeld besluit casusoverleg van 12-03-2026</translation>
    </message>
    <message>
        <source>From phase:</source>
        <translation>Van fase:</translation>
    </message>
    <message>
        <source>&amp;To phase:</source>
        <translation>&amp;Naar fase:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>&amp;Basis of the decision:</source>
        <translation>&amp;Grondslag van het besluit:</translation>
    </message>
    <message>
        <source>Review of every item held (P 3.5b):</source>
        <translation>Herbeoordeling van elk gegeven (P 3.5b):</translation>
    </message>
    <message>
        <source>case number of the new aanmelding, e.g. 2026-0012</source>
        <translation>casusnummer van de nieuwe aanmelding, bijv. 2026-0012</translation>
    </message>
    <message>
        <source>New melding about the same person:</source>
        <translation>Nieuwe melding over dezelfde persoon:</translation>
    </message>
    <message>
        <source>Review of every item held</source>
        <translation>Herbeoordeling van elk gegeven</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::PlanSection</name>
    <message>
        <source>Plan van aanpak</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>&amp;Afspraak toevoegen…</translation>
    </message>
    <message>
        <source>Update stat&amp;us…</source>
        <translation>Stat&amp;us bijwerken…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Select an agreement in the table first.</source>
        <translation>Kies eerst een afspraak in de tabel.</translation>
    </message>
    <message>
        <source>You can only update the agreements of your own party.</source>
        <translation>U kunt alleen de afspraken van uw eigen partij bijwerken.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::RegisterVerzoekDialog</name>
    <message>
        <source>Register a request</source>
        <translation>Verzoek registreren</translation>
    </message>
    <message>
        <source>&amp;Kind of request:</source>
        <translation>&amp;Soort verzoek:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>Received &amp;via:</source>
        <translation>Ontvangen v&amp;ia:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Verzoeker:</translation>
    </message>
    <message>
        <source>Requester&apos;s date of &amp;birth:</source>
        <translation>&amp;Geboortedatum verzoeker:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::RegistersView</name>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>a. Controllers</source>
        <translation>a. Verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>b. Purposes</source>
        <translation>b. Doeleinden</translation>
    </message>
    <message>
        <source>c. Kinds of data</source>
        <translation>c. Categorieën gegevens</translation>
    </message>
    <message>
        <source>d. Kinds of betrokkenen</source>
        <translation>d. Categorieën betrokkenen</translation>
    </message>
    <message>
        <source>e. Recipients</source>
        <translation>e. Ontvangers</translation>
    </message>
    <message>
        <source>f. Transfer outside the EU</source>
        <translation>f. Doorgifte buiten de EU</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Approved by the hoofd</source>
        <translation>Goedgekeurd door het hoofd</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst herbeoordeeld</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Herbeoordelen uiterlijk</translation>
    </message>
    <message>
        <source>Verwerkingsregister (P 24.3)</source>
        <translation>Verwerkingsregister (P 24.3)</translation>
    </message>
    <message>
        <source>Processors (P 22.3)</source>
        <translation>Verwerkers (P 22.3)</translation>
    </message>
    <message>
        <source>The processors could not be loaded: %1</source>
        <translation>De verwerkers konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No processor is due for its yearly review.</source>
        <translation>Geen verwerker is toe aan de jaarlijkse herbeoordeling.</translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s) due for the yearly review.</source>
        <translation>
            <numerusform>%n verwerker is toe aan de jaarlijkse herbeoordeling.</numerusform>
            <numerusform>%n verwerkers zijn toe aan de jaarlijkse herbeoordeling.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>&amp;New processing…</source>
        <translation>&amp;Nieuwe verwerking…</translation>
    </message>
    <message>
        <source>&amp;Change processing…</source>
        <translation>Verwerking &amp;wijzigen…</translation>
    </message>
    <message>
        <source>New p&amp;rocessor…</source>
        <translation>Nieuwe ve&amp;rwerker…</translation>
    </message>
    <message>
        <source>&amp;Approve processor…</source>
        <translation>&amp;Toestemming geven…</translation>
    </message>
    <message>
        <source>Review &amp;done…</source>
        <translation>Beoordeling &amp;gedaan…</translation>
    </message>
    <message>
        <source>Change the chosen processing activity</source>
        <translation>De gekozen verwerking wijzigen</translation>
    </message>
    <message>
        <source>Choose a processing activity first</source>
        <translation>Kies eerst een verwerking</translation>
    </message>
    <message>
        <source>Choose a processor first</source>
        <translation>Kies eerst een verwerker</translation>
    </message>
    <message>
        <source>Give written approval for this processor</source>
        <translation>Schriftelijke toestemming geven voor deze verwerker</translation>
    </message>
    <message>
        <source>This processor has been approved already</source>
        <translation>Het hoofd heeft deze verwerker al goedgekeurd</translation>
    </message>
    <message>
        <source>The yearly review starts once the hoofd has approved it</source>
        <translation>De jaarlijkse herbeoordeling begint als het hoofd toestemming heeft gegeven</translation>
    </message>
    <message>
        <source>Record that the yearly review was done</source>
        <translation>Vastleggen dat de jaarlijkse herbeoordeling is gedaan</translation>
    </message>
    <message>
        <source>waits for the hoofd</source>
        <translation>wacht op het hoofd</translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s) waiting for the hoofd&apos;s approval.</source>
        <translation>
            <numerusform>%n verwerker wacht op toestemming van het hoofd.</numerusform>
            <numerusform>%n verwerkers wachten op toestemming van het hoofd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ResetPasswordDialog</name>
    <message>
        <source>New one-time password for %1</source>
        <translation>Nieuw eenmalig wachtwoord voor %1</translation>
    </message>
    <message>
        <source>One-time &amp;password:</source>
        <translation>Eenmalig &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Saving ends the account&apos;s open sessions. The user logs in with this password once and then chooses an own.</source>
        <translation>Opslaan beëindigt de open sessies van het account. De gebruiker meldt zich één keer aan met dit wachtwoord en kiest dan een eigen.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::RetentionExtensionDialog</name>
    <message>
        <source>Extend the retention</source>
        <translation>Bewaartermijn verlengen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>The partners who took the decision</source>
        <translation>De partners die het besluit namen</translation>
    </message>
    <message>
        <source>Why keeping the case longer serves the goals of the ZVH (P 11.5)</source>
        <translation>Waarom langer bewaren de doelen van het ZVH dient (P 11.5)</translation>
    </message>
    <message>
        <source>The case is destroyed on %1 unless the term is extended.</source>
        <translation>De casus wordt op %1 vernietigd, tenzij de termijn wordt verlengd.</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Besloten op:</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Verlenging:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivering:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::RoleGrantDialog</name>
    <message>
        <source>Confirm a role</source>
        <translation>Rol bevestigen</translation>
    </message>
    <message>
        <source>Refuse a role</source>
        <translation>Rol afwijzen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>By saving you confirm this role: the account gets the access to personal data that the role gives, from its next request. The confirmation is recorded in your name.</source>
        <translation>Met Opslaan bevestigt u deze rol: het account krijgt vanaf zijn volgende verzoek de toegang tot persoonsgegevens die de rol geeft. De bevestiging wordt op uw naam vastgelegd.</translation>
    </message>
    <message>
        <source>By saving you refuse this role: the account does not get it. The refusal is recorded in your name; functioneel beheer can ask again.</source>
        <translation>Met Opslaan wijst u deze rol af: het account krijgt hem niet. De afwijzing wordt op uw naam vastgelegd; functioneel beheer kan opnieuw een aanvraag doen.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::RoleGrantsView</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>&amp;Confirm role…</source>
        <translation>&amp;Rol bevestigen…</translation>
    </message>
    <message>
        <source>&amp;Refuse role…</source>
        <translation>Rol &amp;afwijzen…</translation>
    </message>
    <message>
        <source>Roles waiting for a decision</source>
        <translation>Rollen die op een besluit wachten</translation>
    </message>
    <message>
        <source>Choose a request first</source>
        <translation>Kies eerst een aanvraag</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>bevestigd %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>afgewezen %1</translation>
    </message>
    <message>
        <source>The role requests could not be loaded: %1</source>
        <translation>De aanvragen voor rollen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No role is waiting for a decision.</source>
        <translation>Geen rol wacht op een besluit.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n rol wacht op een besluit.</numerusform>
            <numerusform>%n rollen wachten op een besluit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casusregie::ui::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen van %1</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>A role that opens personal data takes effect once the hoofd confirms it (a new hoofd: the FG).</source>
        <translation>Een rol die toegang geeft tot persoonsgegevens geldt pas als het hoofd hem bevestigt (een nieuw hoofd: de FG).</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::SecondFactorEnrolmentDialog</name>
    <message>
        <source>Set up your second factor</source>
        <translation>Uw tweede factor instellen</translation>
    </message>
    <message>
        <source>%1, this account needs a second factor. Scan this code with the authenticator app on your own phone, then type the six digits the app shows. Show the code to nobody else: it is shown only now.</source>
        <translation>%1, dit account heeft een tweede factor nodig. Scan deze code met de authenticator-app op uw eigen telefoon en typ dan de zes cijfers die de app toont. Laat de code aan niemand anders zien: hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Bezig met voorbereiden…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Code uit de app:</translation>
    </message>
    <message>
        <source>The second factor could not be prepared: %1</source>
        <translation>De tweede factor kon niet worden voorbereid: %1</translation>
    </message>
    <message>
        <source>Without a camera, type this key into the app: %1</source>
        <translation>Zonder camera typt u deze sleutel in de app: %1</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::SecrecyOverrideDialog</name>
    <message>
        <source>Set aside professional secrecy</source>
        <translation>Beroepsgeheim doorbreken</translation>
    </message>
    <message>
        <source>e.g. the treating psychiatrist, after consulting the team</source>
        <translation>bijv. de behandelend psychiater, na overleg met het team</translation>
    </message>
    <message>
        <source>%1 about %2, recorded %3</source>
        <translation>%1 over %2, vastgelegd %3</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Gegeven:</translation>
    </message>
    <message>
        <source>&amp;Ground (bijvoegsel 4):</source>
        <translation>G&amp;rond (bijvoegsel 4):</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>Besloten &amp;door:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::SessionBanner</name>
    <message>
        <source>Log in &amp;again…</source>
        <translation>Opnieuw in&amp;loggen…</translation>
    </message>
    <message>
        <source>%1 Everything you typed is still here; log in again to continue.</source>
        <translation>%1 Alles wat u hebt ingevoerd staat er nog; log opnieuw in om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::SummaryDialog</name>
    <message>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Afdru&amp;kken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Case summary for the casusoverleg</source>
        <translation>Casussamenvatting voor het casusoverleg</translation>
    </message>
    <message>
        <source>place not yet known</source>
        <translation>plaats nog niet bekend</translation>
    </message>
    <message>
        <source>Each party gets a copy with only the items it may see. Every preview, print and PDF makes new numbered copies, recorded as a disclosure (verstrekking) to each party. Copies are handed in or destroyed after the overleg.</source>
        <translation>Elke partij krijgt een exemplaar met alleen de gegevens die zij mag zien. Elk voorbeeld, elke afdruk en elke PDF maakt nieuwe genummerde exemplaren, die worden vastgelegd als verstrekking aan elke partij. Na afloop van het overleg worden de exemplaren ingeleverd of vernietigd.</translation>
    </message>
    <message>
        <source>&amp;Overleg:</source>
        <translation>&amp;Overleg:</translation>
    </message>
    <message>
        <source>Copies &amp;for:</source>
        <translation>Exemplaren voo&amp;r:</translation>
    </message>
    <message>
        <source>Copy &amp;for:</source>
        <translation>Exemplaar voo&amp;r:</translation>
    </message>
    <message>
        <source>Copies made in this casus:</source>
        <translation>Gemaakte exemplaren in deze casus:</translation>
    </message>
    <message>
        <source>There is no planned overleg for which you can make a summary.</source>
        <translation>Er is geen gepland overleg waarvoor u een samenvatting kunt maken.</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>partij %1</translation>
    </message>
    <message>
        <source>The copies made could not be loaded: %1</source>
        <translation>De gemaakte exemplaren konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Save as PDF — the file contains personal data; keep it only where the covenant allows</source>
        <translation>Opslaan als PDF — het bestand bevat persoonsgegevens; bewaar het alleen waar het convenant dat toestaat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Making the copies…</source>
        <translation>De exemplaren worden gemaakt…</translation>
    </message>
    <message>
        <source>Copies %1 made and recorded as disclosures.</source>
        <translation>Exemplaren %1 gemaakt en vastgelegd als verstrekking.</translation>
    </message>
    <message>
        <source>The printer did not accept the copies %1; they are recorded, destroy any partial printout.</source>
        <translation>De printer nam de exemplaren %1 niet aan; ze zijn wel vastgelegd. Vernietig een eventuele halve afdruk.</translation>
    </message>
    <message>
        <source>Saved (readable only by you): %1</source>
        <translation>Opgeslagen (alleen door u te lezen): %1</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::ToetredingDialog</name>
    <message>
        <source>Toetreding of a new party (C 21)</source>
        <translation>Toetreding van een nieuwe partij (C 21)</translation>
    </message>
    <message>
        <source>Record a toetreding once the Algemeen Bestuur has decided, after all parties agreed, and the new party has signed Bijvoegsel I. Its users get access from the day of signing.</source>
        <translation>Leg een toetreding vast als het Algemeen Bestuur heeft besloten, na akkoord van alle partijen, en de nieuwe partij Bijvoegsel I heeft ondertekend. Haar gebruikers krijgen toegang vanaf de dag van ondertekening.</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>&amp;Naam van de organisatie:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Korte naam:</translation>
    </message>
    <message>
        <source>&amp;Type (basis in P 6.4):</source>
        <translation>&amp;Soort (grondslag in P 6.4):</translation>
    </message>
    <message>
        <source>&amp;Decision of the Algemeen Bestuur on:</source>
        <translation>&amp;Besluit van het Algemeen Bestuur op:</translation>
    </message>
    <message>
        <source>Bijvoegsel I &amp;signed on:</source>
        <translation>Bijvoegsel I &amp;ondertekend op:</translation>
    </message>
    <message>
        <source>Signed for the party &amp;by (name, function):</source>
        <translation>Ondertekend namens de partij &amp;door (naam, functie):</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::TriageDialog</name>
    <message>
        <source>Triage: goal, themes and parties involved</source>
        <translation>Triage: doel, thema&apos;s en betrokken partijen</translation>
    </message>
    <message>
        <source>(no party added now)</source>
        <translation>(nu geen partij toevoegen)</translation>
    </message>
    <message>
        <source>e.g. hulpverlener, melder, toezicht</source>
        <translation>bijvoorbeeld hulpverlener, melder, toezicht</translation>
    </message>
    <message>
        <source>&amp;Goal of the casus:</source>
        <translation>&amp;Doel van de casus:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Thema&apos;s:</translation>
    </message>
    <message>
        <source>&amp;Involve party:</source>
        <translation>&amp;Partij betrekken:</translation>
    </message>
    <message>
        <source>Its &amp;role:</source>
        <translation>Haar &amp;rol:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::UsersModel</name>
    <message>
        <source>Incomplete: no access to personal data</source>
        <translation>Onvolledig: geen toegang tot persoonsgegevens</translation>
    </message>
    <message>
        <source>Confidentiality %1, VOG %2</source>
        <translation>Geheimhouding %1, VOG %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Screening (P 13)</source>
        <translation>Screening (P 13)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>%1 (awaiting confirmation)</source>
        <translation>%1 (wacht op bevestiging)</translation>
    </message>
    <message>
        <source>Active, one-time password not yet replaced</source>
        <translation>Actief, eenmalig wachtwoord nog niet vervangen</translation>
    </message>
    <message>
        <source>Locked out after too many wrong passwords</source>
        <translation>Geblokkeerd na te veel onjuiste wachtwoorden</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::UsersView</name>
    <message>
        <source>&amp;Lift login lockout</source>
        <translation>Inlogblokkade &amp;opheffen</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>De accounts konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>&amp;Unblock account</source>
        <translation>Account &amp;deblokkeren</translation>
    </message>
    <message>
        <source>&amp;Block account</source>
        <translation>Account b&amp;lokkeren</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Niet uitgevoerd: %1</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 kan weer inloggen.</translation>
    </message>
    <message>
        <source>%1 is blocked; open sessions end at their next request.</source>
        <translation>%1 is geblokkeerd; open sessies eindigen bij hun volgende verzoek.</translation>
    </message>
    <message>
        <source>The login lockout of %1 has been lifted.</source>
        <translation>De inlogblokkade van %1 is opgeheven.</translation>
    </message>
    <message>
        <source>Remove &amp;second factor…</source>
        <translation>&amp;Tweede factor verwijderen…</translation>
    </message>
    <message>
        <source>Remove second factor</source>
        <translation>Tweede factor verwijderen</translation>
    </message>
    <message>
        <source>Remove the second factor of %1? Their open sessions end, and at their next login they set up a new one on their own phone.</source>
        <translation>De tweede factor van %1 verwijderen? Open sessies eindigen, en bij de volgende aanmelding stelt %1 zelf een nieuwe in op de eigen telefoon.</translation>
    </message>
    <message>
        <source>The second factor of %1 has been removed; they set up a new one at their next login.</source>
        <translation>De tweede factor van %1 is verwijderd; bij de volgende aanmelding stelt %1 een nieuwe in.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>New one-time &amp;password…</source>
        <translation>Nieuw eenmalig &amp;wachtwoord…</translation>
    </message>
    <message>
        <source>Account made</source>
        <translation>Account aangemaakt</translation>
    </message>
    <message>
        <source>The account has been made.</source>
        <translation>Het account is aangemaakt.</translation>
    </message>
    <message>
        <source>The roles have been changed; roles that open personal data wait for confirmation.</source>
        <translation>De rollen zijn gewijzigd; rollen die toegang geven tot persoonsgegevens wachten op bevestiging.</translation>
    </message>
    <message>
        <source>New one-time password</source>
        <translation>Nieuw eenmalig wachtwoord</translation>
    </message>
    <message>
        <source>The account has a new one-time password; its open sessions have ended.</source>
        <translation>Het account heeft een nieuw eenmalig wachtwoord; de open sessies zijn beëindigd.</translation>
    </message>
    <message>
        <source>One-time password: %1

Hand it over in person or by phone. It opens nothing but choosing an own password, once.</source>
        <translation>Eenmalig wachtwoord: %1

Geef het persoonlijk of telefonisch door. Het opent niets dan één keer het kiezen van een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerifyIdentityDialog</name>
    <message>
        <source>Requester&apos;s identity verified</source>
        <translation>Identiteit verzoeker vastgesteld</translation>
    </message>
    <message>
        <source>e.g. passport shown at the desk</source>
        <translation>bijvoorbeeld paspoort getoond aan de balie</translation>
    </message>
    <message>
        <source>Verified &amp;on:</source>
        <translation>Vastgesteld &amp;op:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerstrekkingDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <source>A third party, not a covenant party</source>
        <translation>Een derde, geen partij van het convenant</translation>
    </message>
    <message>
        <source>Required for police and OM data (Wpg 32, Wjsg 39j)</source>
        <translation>Verplicht bij politie- en OM-gegevens (Wpg 32, Wjsg 39j)</translation>
    </message>
    <message>
        <source>Required outside the participants of the casusoverleg (P 23.1)</source>
        <translation>Verplicht buiten de deelnemers aan het casusoverleg (P 23.1)</translation>
    </message>
    <message>
        <source>Required for a third party: the supplier&apos;s prior written consent (C 10.3)</source>
        <translation>Verplicht bij een derde: voorafgaande schriftelijke toestemming van de leverancier (C 10.3)</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Gegevens:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <source>Third party&apos;s &amp;name:</source>
        <translation>&amp;Naam van de derde:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <source>&amp;Necessity:</source>
        <translation>Noodzaa&amp;k:</translation>
    </message>
    <message>
        <source>Legal &amp;obligation:</source>
        <translation>&amp;Wettelijke verplichting:</translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;written consent:</source>
        <translation>&amp;Schriftelijke toestemming leverancier:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerwerkerDialog</name>
    <message>
        <source>New processor (P 22.3)</source>
        <translation>Nieuwe verwerker (P 22.3)</translation>
    </message>
    <message>
        <source>The processor may process personal data once the hoofd has given written approval; the hoofd records it in the hoofd&apos;s own name.</source>
        <translation>De verwerker mag persoonsgegevens verwerken zodra het hoofd schriftelijk toestemming heeft gegeven; het hoofd legt die op eigen naam vast.</translation>
    </message>
    <message>
        <source>&amp;Processor:</source>
        <translation>&amp;Verwerker:</translation>
    </message>
    <message>
        <source>&amp;Service it provides:</source>
        <translation>&amp;Dienst die hij levert:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerwerkerReviewDialog</name>
    <message>
        <source>Yearly review of a processor (P 22.3)</source>
        <translation>Jaarlijkse herbeoordeling van een verwerker (P 22.3)</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Verwerker:</translation>
    </message>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation>Herbeoordeeld o&amp;p:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerwerkingDialog</name>
    <message>
        <source>New processing activity (P 24.3)</source>
        <translation>Nieuwe verwerking (P 24.3)</translation>
    </message>
    <message>
        <source>Change processing activity (P 24.3)</source>
        <translation>Verwerking wijzigen (P 24.3)</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>&amp;Verwerking:</translation>
    </message>
    <message>
        <source>&amp;a. Controllers:</source>
        <translation>a. Verwerkingsverant&amp;woordelijken:</translation>
    </message>
    <message>
        <source>&amp;b. Purposes:</source>
        <translation>b. Doel&amp;einden:</translation>
    </message>
    <message>
        <source>&amp;c. Kinds of data:</source>
        <translation>c. &amp;Categorieën gegevens:</translation>
    </message>
    <message>
        <source>&amp;d. Kinds of betrokkenen:</source>
        <translation>d. Categorieën be&amp;trokkenen:</translation>
    </message>
    <message>
        <source>&amp;e. Recipients:</source>
        <translation>e. Ontvan&amp;gers:</translation>
    </message>
    <message>
        <source>&amp;f. Transfer outside the EU:</source>
        <translation>f. Doorgifte buiten de E&amp;U:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerzoekDossierPanel</name>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Geleverd door</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Het verzoek wordt geladen…</translation>
    </message>
    <message>
        <source>The request could not be loaded: %1</source>
        <translation>Het verzoek kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Requester: %1, born %2.</source>
        <translation>Verzoeker: %1, geboren %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Identity verified on %1: %2.</source>
        <translation>Identiteit vastgesteld op %1: %2.</translation>
    </message>
    <message>
        <source>Identity not yet verified: the casussen and items concerned are shown once it is (P 18.4).</source>
        <translation>Identiteit nog niet vastgesteld: de casussen en gegevens waar het om gaat verschijnen zodra dat is gebeurd (P 18.4).</translation>
    </message>
    <message>
        <source>Deadline: %1%2. %3.</source>
        <translation>Termijn: %1%2. %3.</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (verstreken)</translation>
    </message>
    <message>
        <source>No casus holds data about the requester.</source>
        <translation>Geen casus bevat gegevens over de verzoeker.</translation>
    </message>
    <message>
        <source>Casussen: %1.</source>
        <translation>Casussen: %1.</translation>
    </message>
    <message>
        <source>Kept records of OM disclosures from destroyed casussen: %1, for the OM&apos;s privacy officer (P 17.5).</source>
        <translation>Bewaarde verstrekkingen van OM-gegevens uit vernietigde casussen: %1, voor de privacyfunctionaris van het OM (P 17.5).</translation>
    </message>
    <message>
        <source>Answer sent on %1.</source>
        <translation>Antwoord verzonden op %1.</translation>
    </message>
    <message>
        <source>routed to the OM&apos;s privacy officer (P 17.5)</source>
        <translation>doorgestuurd naar de privacyfunctionaris van het OM (P 17.5)</translation>
    </message>
    <message>
        <source>routed to the police&apos;s Wpg desk (P 17.6)</source>
        <translation>doorgestuurd naar het Wpg-loket van de politie (P 17.6)</translation>
    </message>
    <message>
        <source>the hoofd</source>
        <translation>het hoofd</translation>
    </message>
    <message>
        <source>Asked: %1, received %2%3.</source>
        <translation>Gevraagd: %1, ontvangen %2%3.</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <source>&amp;Correct item…</source>
        <translation>Gegeven &amp;corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Erase item…</source>
        <translation>Gegeven ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Choose an item first</source>
        <translation>Kies eerst een gegeven</translation>
    </message>
    <message>
        <source>This request does not ask for that</source>
        <translation>Dit verzoek vraagt daar niet om</translation>
    </message>
    <message>
        <source>First decide to grant the request (in full or in part)</source>
        <translation>Besluit eerst het verzoek (geheel of gedeeltelijk) toe te wijzen</translation>
    </message>
    <message>
        <source>The OM&apos;s privacy officer or the police&apos;s Wpg desk answers for this item</source>
        <translation>Voor dit gegeven antwoordt de privacyfunctionaris van het OM of het Wpg-loket van de politie</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::VerzoekenView</name>
    <message>
        <source>&amp;Register request…</source>
        <translation>Verzoek &amp;registreren…</translation>
    </message>
    <message>
        <source>&amp;Identity verified…</source>
        <translation>&amp;Identiteit vastgesteld…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Be&amp;sluiten…</translation>
    </message>
    <message>
        <source>Answer &amp;sent…</source>
        <translation>Antwoord &amp;verzonden…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identiteit vastgesteld</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>The request register could not be loaded: %1</source>
        <translation>Het verzoekenregister kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (verstreken)</translation>
    </message>
    <message numerus="yes">
        <source>Requests: %n</source>
        <translation>
            <numerusform>Verzoeken: %n</numerusform>
            <numerusform>Verzoeken: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %n overdue</source>
        <translation>
            <numerusform>, waarvan %n over de termijn</numerusform>
            <numerusform>, waarvan %n over de termijn</numerusform>
        </translation>
    </message>
    <message>
        <source>Inzage &amp;overview…</source>
        <translation>Inzage&amp;overzicht…</translation>
    </message>
    <message>
        <source>Decision &amp;letter…</source>
        <translation>Besluitbrie&amp;f…</translation>
    </message>
    <message>
        <source>The overview for the requester: P 18.1 a-h and a copy of the data (P 18.5), to print or save</source>
        <translation>Het overzicht voor de verzoeker: P 18.1 a-h en een kopie van de gegevens (P 18.5), om af te drukken of op te slaan</translation>
    </message>
    <message>
        <source>The written, motivated decision for the requester (P 18.3, 19.4, 20.4)</source>
        <translation>Het schriftelijke, gemotiveerde besluit voor de verzoeker (P 18.3, 19.4, 20.4)</translation>
    </message>
    <message>
        <source>Request register</source>
        <translation>Verzoekenregister</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::WithdrawApprovalDialog</name>
    <message>
        <source>Withdraw an approval</source>
        <translation>Goedkeuring intrekken</translation>
    </message>
    <message>
        <source>%1 about %2 (from %3) for %4, approved %5 by %6</source>
        <translation>%1 over %2 (van %3) voor %4, goedgekeurd %5 door %6</translation>
    </message>
    <message>
        <source>From today the recipient no longer sees the item on this approval.</source>
        <translation>Vanaf vandaag ziet de ontvanger het gegeven niet meer op grond van deze goedkeuring.</translation>
    </message>
    <message>
        <source>There is no approval in force that you may withdraw.</source>
        <translation>Er is geen geldende goedkeuring die u mag intrekken.</translation>
    </message>
    <message>
        <source>&amp;Approval:</source>
        <translation>&amp;Goedkeuring:</translation>
    </message>
</context>
<context>
    <name>casusregie::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>%1: %2 (items of %3, given %4)</source>
        <translation>%1: %2 (gegevens van %3, gegeven %4)</translation>
    </message>
    <message>
        <source>From today the approvals for sharing these items lapse, and nothing more is disclosed on this consent (P 13.7).</source>
        <translation>Vanaf vandaag vervallen de goedkeuringen om deze gegevens te delen en wordt op deze toestemming niets meer verstrekt (P 13.7).</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Toestemming:</translation>
    </message>
</context>
</TS>
