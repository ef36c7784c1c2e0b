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
        <source>Start Casusregie with --profile FILE, or with --db FILE --key-file FILE.</source>
        <translation>Start Casusregie met --profile BESTAND, of met --db BESTAND --key-file BESTAND.</translation>
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
        <source>Demo database: logging in without a second factor. Never use it for real cases.</source>
        <translation>Demodatabase: inloggen zonder tweede factor. Gebruik haar nooit voor echte casussen.</translation>
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
</context>
<context>
    <name>casusregie::ui::PartiesView</name>
    <message>
        <source>Search parties…</source>
        <translation>Partijen zoeken…</translation>
    </message>
</context>
</TS>
