#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/NeverReusedIds.h"
#include "storage/SqlStatement.h"

#include <array>

namespace casusregie {

namespace {

// Version 1: parties and their contacts, users and roles, casussen with themes, procesregisseurs
// and the history of their phase transitions. Column types DATE/DATETIME/BOOLEAN tell the
// driver how to read values back.
constexpr std::array schemaV1{
    "PRAGMA application_id = 1129465159", // Database::applicationId, "CREG"
    R"(CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        short_name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        toegetreden DATE,
        opgezegd DATE,
        uitgesloten DATE,
        uitsluitingsreden TEXT
    ))",
    R"(CREATE TABLE party_contacts (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        function TEXT NOT NULL,
        business_phone TEXT,
        business_email TEXT
    ))",
    R"(CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        password_hash TEXT NOT NULL,
        geheimhoudingsverklaring DATE,
        vog_of_screening DATE,
        active BOOLEAN NOT NULL DEFAULT 1,
        created_at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (user_id, role)
    ))",
    R"(CREATE TABLE casus (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        aanmeldende_partij_id INTEGER NOT NULL REFERENCES parties(id),
        aanmeldingsdatum DATE NOT NULL,
        reden TEXT NOT NULL,
        doel TEXT,
        phase TEXT NOT NULL,
        UNIQUE (year, sequence)
    ))",
    R"(CREATE TABLE casus_themes (
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        PRIMARY KEY (casus_id, theme)
    ))",
    R"(CREATE TABLE casus_procesregisseurs (
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (casus_id, user_id)
    ))",
    R"(CREATE TABLE phase_transitions (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        from_phase TEXT NOT NULL,
        to_phase TEXT NOT NULL,
        decided_at DATETIME NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        decision TEXT NOT NULL,
        basis TEXT NOT NULL
    ))",
    "CREATE INDEX phase_transitions_by_casus ON phase_transitions(casus_id, decided_at)",
};

// Version 2: the privacy engine. Betrokkenen and their gegevens with supplier, phase and grondslag;
// phase reviews; supplier approvals; consent and its override; verstrekkingen; triage; overleggen
// with their decisions; the plan van aanpak; and the hash-chained audit log.
constexpr std::array schemaV2{
    "ALTER TABLE casus ADD COLUMN casusregisseur_user_id INTEGER REFERENCES users(id)",
    "ALTER TABLE casus ADD COLUMN afschalingscriteria TEXT",
    R"(CREATE TABLE casus_parties (
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        role TEXT NOT NULL,
        PRIMARY KEY (casus_id, party_id)
    ))",
    R"(CREATE TABLE bekendheidschecks (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        datum DATE NOT NULL,
        other_zvh TEXT NOT NULL,
        result TEXT NOT NULL
    ))",
    R"(CREATE TABLE betrokkenen (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        categorie TEXT NOT NULL,
        naam TEXT NOT NULL,
        naam_zoeksleutel TEXT NOT NULL,
        geboortedatum DATE,
        omschrijving TEXT
    ))",
    "CREATE INDEX betrokkenen_by_name ON betrokkenen(naam_zoeksleutel, geboortedatum)",
    R"(CREATE TABLE gegevens (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        betrokkene_id INTEGER NOT NULL REFERENCES betrokkenen(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        content TEXT NOT NULL,
        supplier_party_id INTEGER NOT NULL REFERENCES parties(id),
        phase TEXT NOT NULL,
        grondslag TEXT NOT NULL,
        beroepsgeheim BOOLEAN NOT NULL DEFAULT 0,
        necessity_reason TEXT,
        entered_by INTEGER NOT NULL REFERENCES users(id),
        entered_at DATETIME NOT NULL,
        withdrawn_at DATETIME,
        withdrawal_reason TEXT
    ))",
    "CREATE INDEX gegevens_by_casus ON gegevens(casus_id)",
    R"(CREATE TABLE item_reviews (
        id INTEGER PRIMARY KEY,
        gegeven_id INTEGER NOT NULL REFERENCES gegevens(id) ON DELETE CASCADE,
        from_phase TEXT NOT NULL,
        to_phase TEXT NOT NULL,
        keep BOOLEAN NOT NULL,
        reason TEXT NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE goedkeuringen (
        id INTEGER PRIMARY KEY,
        gegeven_id INTEGER NOT NULL REFERENCES gegevens(id) ON DELETE CASCADE,
        recipient_party_id INTEGER NOT NULL REFERENCES parties(id),
        purpose TEXT NOT NULL,
        phase TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        approved_on DATE NOT NULL,
        how TEXT NOT NULL,
        withdrawn_on DATE,
        recorded_by INTEGER NOT NULL REFERENCES users(id)
    ))",
    R"(CREATE TABLE toestemmingen (
        id INTEGER PRIMARY KEY,
        betrokkene_id INTEGER NOT NULL REFERENCES betrokkenen(id) ON DELETE CASCADE,
        supplier_party_id INTEGER NOT NULL REFERENCES parties(id),
        given_by TEXT NOT NULL,
        representative_name TEXT,
        given_on DATE NOT NULL,
        scope TEXT NOT NULL,
        recorded_how TEXT NOT NULL,
        told_can_withdraw BOOLEAN NOT NULL,
        withdrawn_on DATE,
        recorded_by INTEGER NOT NULL REFERENCES users(id)
    ))",
    R"(CREATE TABLE geheim_doorbrekingen (
        id INTEGER PRIMARY KEY,
        gegeven_id INTEGER NOT NULL REFERENCES gegevens(id) ON DELETE CASCADE,
        legal_ground TEXT NOT NULL,
        motivation TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE verstrekkingen (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        recipient_party_id INTEGER REFERENCES parties(id),
        third_party_name TEXT,
        purpose TEXT NOT NULL,
        legal_basis TEXT NOT NULL,
        necessity TEXT,
        legal_obligation TEXT,
        supplier_written_consent TEXT,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE verstrekking_items (
        verstrekking_id INTEGER NOT NULL REFERENCES verstrekkingen(id) ON DELETE CASCADE,
        gegeven_id INTEGER NOT NULL REFERENCES gegevens(id) ON DELETE CASCADE,
        PRIMARY KEY (verstrekking_id, gegeven_id)
    ))",
    R"(CREATE TABLE overleggen (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        datum DATETIME NOT NULL,
        plaats TEXT,
        doel TEXT NOT NULL,
        decision_types TEXT NOT NULL,
        minutes TEXT
    ))",
    R"(CREATE TABLE overleg_themes (
        overleg_id INTEGER NOT NULL REFERENCES overleggen(id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        PRIMARY KEY (overleg_id, theme)
    ))",
    R"(CREATE TABLE overleg_parties (
        overleg_id INTEGER NOT NULL REFERENCES overleggen(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        attended BOOLEAN NOT NULL DEFAULT 0,
        PRIMARY KEY (overleg_id, party_id)
    ))",
    R"(CREATE TABLE overleg_besluiten (
        id INTEGER PRIMARY KEY,
        overleg_id INTEGER NOT NULL REFERENCES overleggen(id) ON DELETE CASCADE,
        soort TEXT NOT NULL,
        text TEXT NOT NULL,
        escalated_to TEXT,
        outcome TEXT,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE afspraken (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        owner_party_id INTEGER NOT NULL REFERENCES parties(id),
        action TEXT NOT NULL,
        due_date DATE,
        status TEXT NOT NULL,
        result TEXT
    ))",
    R"(CREATE TABLE monitoring_notes (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at DATETIME NOT NULL,
        user_id INTEGER,
        username TEXT NOT NULL,
        roles TEXT NOT NULL,
        party_id INTEGER,
        action TEXT NOT NULL,
        casus_id INTEGER,
        objects TEXT NOT NULL,
        outcome TEXT NOT NULL,
        mac TEXT NOT NULL
    ))",
};

// Version 3: retention (extensions, management data of destroyed casussen, destruction reports).
constexpr std::array schemaV3{
    R"(CREATE TABLE retention_extensions (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        decided_on DATE NOT NULL,
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 24),
        parties TEXT NOT NULL,
        motivation TEXT NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id)
    ))",
    R"(CREATE TABLE management_records (
        id INTEGER PRIMARY KEY,
        aanmeldingsjaar INTEGER NOT NULL,
        aanmeldende_partij_id INTEGER REFERENCES parties(id),
        themes TEXT NOT NULL,
        outcome TEXT NOT NULL,
        days_aanmelding INTEGER NOT NULL,
        days_triage INTEGER NOT NULL,
        days_casusoverleg INTEGER NOT NULL,
        destroyed_on DATE NOT NULL,
        rule TEXT NOT NULL
    ))",
    R"(CREATE TABLE destruction_reports (
        id INTEGER PRIMARY KEY,
        run_at DATETIME NOT NULL,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        count INTEGER NOT NULL
    ))",
};

// Version 4: the rights of betrokkenen (verzoeken, informatieplicht), datalekken, the registers of
// processing activities and processors, and the parties' membership history.
constexpr std::array schemaV4{
    R"(CREATE TABLE verzoeken (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        received_on DATE NOT NULL,
        via_party_id INTEGER NOT NULL REFERENCES parties(id),
        requester_name TEXT NOT NULL,
        requester_birth_date DATE,
        identity_verified_on DATE,
        identity_verified_how TEXT,
        identity_verified_by INTEGER REFERENCES users(id),
        besluit TEXT NOT NULL,
        motivation TEXT,
        answered_by INTEGER REFERENCES users(id),
        sent_on DATE
    ))",
    R"(CREATE TABLE informatieplicht (
        id INTEGER PRIMARY KEY,
        betrokkene_id INTEGER NOT NULL REFERENCES betrokkenen(id) ON DELETE CASCADE,
        informed BOOLEAN NOT NULL,
        informed_on DATE,
        how TEXT,
        by_party_id INTEGER REFERENCES parties(id),
        ground TEXT,
        motivation TEXT,
        expected_on DATE,
        conditions TEXT,
        review_on DATE
    ))",
    R"(CREATE TABLE datalekken (
        id INTEGER PRIMARY KEY,
        discovered_at DATETIME NOT NULL,
        reported_by_user_id INTEGER NOT NULL REFERENCES users(id),
        reported_by_party_id INTEGER NOT NULL REFERENCES parties(id),
        aard_en_omvang TEXT NOT NULL,
        contactpersoon TEXT NOT NULL,
        mogelijke_maatregelen TEXT NOT NULL,
        gevolgen_betrokkenen TEXT NOT NULL,
        genomen_maatregelen TEXT NOT NULL,
        privacy_officer_informed_at DATETIME NOT NULL,
        ap_notification_required BOOLEAN NOT NULL DEFAULT 1,
        categorieen_betrokkenen TEXT,
        categorieen_gegevens TEXT,
        versleuteling TEXT,
        aanbevolen_maatregelen TEXT,
        gevolgen_en_herstel TEXT,
        ap_notified_at DATETIME,
        ap_reference TEXT,
        decided_on_informing BOOLEAN NOT NULL DEFAULT 0,
        inform_betrokkenen BOOLEAN NOT NULL DEFAULT 0,
        informing_grounds TEXT,
        notification_text TEXT,
        corrective_measures TEXT
    ))",
    R"(CREATE TABLE verwerkingen (
        id INTEGER PRIMARY KEY,
        naam TEXT NOT NULL UNIQUE,
        verantwoordelijken TEXT NOT NULL,
        doeleinden TEXT NOT NULL,
        categorieen_gegevens TEXT NOT NULL,
        categorieen_betrokkenen TEXT NOT NULL,
        ontvangers TEXT NOT NULL,
        doorgifte_derde_landen TEXT NOT NULL
    ))",
    R"(INSERT INTO verwerkingen (naam, verantwoordelijken, doeleinden, categorieen_gegevens, categorieen_betrokkenen, ontvangers, doorgifte_derde_landen) VALUES
        ('Aanmelding en intake', 'De partijen van het convenant ZVHRR, gezamenlijk; aanspreekpunt: hoofd ZVHRR, Gemeente Rotterdam',
         'Toetsen of een aanmelding voldoet aan de criteria voor complexe casuïstiek (B2, P 9.2)',
         'Personalia, adres, contact, de reden van aanmelding', 'Categorie I en II (bijvoegsel 3)',
         'Procesregisseurs van het ZVHRR', 'Geen'),
        ('Triage', 'De partijen van het convenant ZVHRR, gezamenlijk; aanspreekpunt: hoofd ZVHRR, Gemeente Rotterdam',
         'Informatie ophalen bij partners, routering, doel en thema''s van een casusoverleg, bekendheidscheck (B2)',
         'Bijvoegsel 3: gegevens van categorie I-IV voor zover nodig voor de triage', 'Categorie I tot en met IV',
         'Procesregisseurs; partijen die informatie leveren', 'Geen'),
        ('Casusoverleg en plan van aanpak', 'De partijen van het convenant ZVHRR, gezamenlijk; aanspreekpunt: hoofd ZVHRR, Gemeente Rotterdam',
         'Gezamenlijk beeld, plan van aanpak, casusregisseur, monitoring, op- en afschaling (C 9, B2)',
         'Bijvoegsel 3, inclusief strafrechtelijke en (per casus) bijzondere persoonsgegevens', 'Categorie I tot en met IV',
         'Uitgenodigde partijen, met goedkeuring van de leverende partij (P 3.5, C 13.2f)', 'Geen'),
        ('Afschaling', 'De partijen van het convenant ZVHRR, gezamenlijk; aanspreekpunt: hoofd ZVHRR, Gemeente Rotterdam',
         'Bepalen welke gegevens naar bijvoorbeeld de casusregisseur gaan; opschonen van het dossier (C 1.10, P 9.4)',
         'Gegevens die voor de nazorg nodig blijven', 'Categorie I en II',
         'Casusregisseur', 'Geen'),
        ('Managementinformatie en jaarverslag', 'Hoofd ZVHRR namens de partijen',
         'Aantallen behandelde en succesvol afgesloten casussen (C 12.3, P 11.7)',
         'Geen persoonsgegevens: geanonimiseerde managementgegevens', 'Geen',
         'Algemeen Bestuur, Breed MT', 'Geen'))",
    R"(CREATE TABLE verwerkers (
        id INTEGER PRIMARY KEY,
        naam TEXT NOT NULL,
        dienst TEXT NOT NULL,
        approved_by_hoofd_on DATE NOT NULL,
        last_reviewed_on DATE
    ))",
    R"(CREATE TABLE party_membership_events (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        kind TEXT NOT NULL,
        datum DATE NOT NULL,
        toelichting TEXT
    ))",
    R"(INSERT INTO party_membership_events (party_id, kind, datum, toelichting)
        SELECT id, 'toetreding', toegetreden, 'ondertekening convenant' FROM parties WHERE toegetreden IS NOT NULL)",
    R"(INSERT INTO party_membership_events (party_id, kind, datum, toelichting)
        SELECT id, 'opzegging', opgezegd, NULL FROM parties WHERE opgezegd IS NOT NULL)",
    R"(INSERT INTO party_membership_events (party_id, kind, datum, toelichting)
        SELECT id, 'uitsluiting', uitgesloten, uitsluitingsreden FROM parties WHERE uitgesloten IS NOT NULL)",
};

// Version 5: the second factor and login throttling per account, and database-wide settings.
constexpr std::array schemaV5{
    "ALTER TABLE users ADD COLUMN totp_secret BLOB",
    "ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN locked BOOLEAN NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN last_failed_at DATETIME",
    R"(CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ))",
    "INSERT INTO settings (name, value) VALUES ('tweede_factor_vereist', 'ja')",
};

// Version 6: calamity evaluations (P 11.6), destroyed with their casus.
constexpr std::array schemaV6{
    R"(CREATE TABLE calamiteitsevaluaties (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        aanleiding TEXT NOT NULL,
        reden TEXT NOT NULL,
        vanaf DATE NOT NULL,
        tot DATE NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        recorded_at DATETIME NOT NULL
    ))",
    "CREATE INDEX calamiteitsevaluaties_casus ON calamiteitsevaluaties (casus_id)",
};

// Version 7: the privacy engine's second pass. A casus once taken on is no longer a new aanmelding
// (P 9.6); the procesregisseur's requests for information in triage; approvals name a purpose of
// their phase (B2) instead of free text.
constexpr std::array schemaV7{
    "ALTER TABLE casus ADD COLUMN taken_on BOOLEAN NOT NULL DEFAULT 0",
    "UPDATE casus SET taken_on = 1 WHERE phase <> 'aanmelding' OR id IN (SELECT casus_id FROM casus_procesregisseurs)",
    R"(CREATE TABLE informatieverzoeken (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        betrokkene_id INTEGER NOT NULL REFERENCES betrokkenen(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        vraag TEXT NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        at DATETIME NOT NULL
    ))",
    "CREATE INDEX informatieverzoeken_casus ON informatieverzoeken (casus_id, party_id)",
    R"(UPDATE goedkeuringen SET purpose = CASE phase WHEN 'aanmelding' THEN 'toetsen_criteria'
        WHEN 'triage' THEN 'voorbereiding_casusoverleg' WHEN 'afschaling' THEN 'verstrekking_afschaling'
        ELSE 'gezamenlijk_beeld' END)",
    // B4: who at the supplying party decided an override, and its ground from bijvoegsel 4.
    "ALTER TABLE geheim_doorbrekingen ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''",
    "UPDATE geheim_doorbrekingen SET motivation = legal_ground || ': ' || motivation, legal_ground = 'vrij_omschreven'",
};

// Version 8: ids are never reused (issue 9, point 19). Every table's key becomes AUTOINCREMENT
// (rebuildTablesWithNeverReusedIds), and casus numbers count on per year even when the last
// casus of a year was destroyed.
constexpr std::array schemaV8{
    R"(CREATE TABLE casusnummers (
        year INTEGER PRIMARY KEY,
        last_sequence INTEGER NOT NULL
    ))",
    "INSERT INTO casusnummers (year, last_sequence) SELECT year, max(sequence) FROM casus GROUP BY year",
};

// Version 9: P 17.5, art. 39j Wjsg. What stays of a verstrekking of OM data when its casus or
// item is destroyed within 4 years of it: minimised, without content, until 4 years have passed.
constexpr std::array schemaV9{
    R"(CREATE TABLE bewaarde_om_verstrekkingen (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        verstrekt_op DATETIME NOT NULL,
        om_party_id INTEGER NOT NULL REFERENCES parties(id),
        recipient_party_id INTEGER REFERENCES parties(id),
        third_party_name TEXT,
        legal_basis TEXT NOT NULL,
        categories TEXT NOT NULL,
        betrokkene_naam TEXT NOT NULL,
        naam_zoeksleutel TEXT NOT NULL,
        betrokkene_geboortedatum DATE,
        destroy_on DATE NOT NULL
    ))",
    "CREATE INDEX bewaarde_om_verstrekkingen_by_name ON bewaarde_om_verstrekkingen (naam_zoeksleutel, betrokkene_geboortedatum)",
    "CREATE INDEX bewaarde_om_verstrekkingen_by_date ON bewaarde_om_verstrekkingen (destroy_on)",
};

// Version 10: accounts that functioneel beheer cannot use as someone else (B6): a password for one
// login only, a second factor the user enrols (pending until confirmed with a code), a session
// epoch that ends open sessions when beheer resets or disables the account, and roles that open
// personal data granted only once the hoofd (the FG for a hoofd) confirms them.
constexpr std::array schemaV10{
    "ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN totp_pending_secret BLOB",
    "ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE role_grants (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        requested_by INTEGER NOT NULL REFERENCES users(id),
        requested_at DATETIME NOT NULL,
        decided_by INTEGER REFERENCES users(id),
        decided_at DATETIME,
        confirmed BOOLEAN NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX role_grants_pending ON role_grants (user_id, decided_by)",
};

// Version 11 (issue 11): an index on every column that links a row to a parent that can be
// destroyed (a casus, betrokkene, gegeven, overleg or verstrekking), so that reading a casus's
// children and cascading a destruction never scan a whole table; and the two lookups of the
// worklists, by procesregisseur and by party.
constexpr std::array schemaV11{
    "CREATE INDEX afspraken_by_casus ON afspraken (casus_id)",
    "CREATE INDEX bekendheidschecks_by_casus ON bekendheidschecks (casus_id)",
    "CREATE INDEX betrokkenen_by_casus ON betrokkenen (casus_id)",
    "CREATE INDEX geheim_doorbrekingen_by_gegeven ON geheim_doorbrekingen (gegeven_id)",
    "CREATE INDEX gegevens_by_betrokkene ON gegevens (betrokkene_id)",
    "CREATE INDEX goedkeuringen_by_gegeven ON goedkeuringen (gegeven_id)",
    "CREATE INDEX informatieplicht_by_betrokkene ON informatieplicht (betrokkene_id)",
    "CREATE INDEX informatieverzoeken_by_betrokkene ON informatieverzoeken (betrokkene_id)",
    "CREATE INDEX item_reviews_by_gegeven ON item_reviews (gegeven_id)",
    "CREATE INDEX monitoring_notes_by_casus ON monitoring_notes (casus_id)",
    "CREATE INDEX overleg_besluiten_by_overleg ON overleg_besluiten (overleg_id)",
    "CREATE INDEX overleggen_by_casus ON overleggen (casus_id)",
    "CREATE INDEX retention_extensions_by_casus ON retention_extensions (casus_id)",
    "CREATE INDEX toestemmingen_by_betrokkene ON toestemmingen (betrokkene_id)",
    "CREATE INDEX verstrekking_items_by_gegeven ON verstrekking_items (gegeven_id)",
    "CREATE INDEX verstrekkingen_by_casus ON verstrekkingen (casus_id)",
    "CREATE INDEX casus_procesregisseurs_by_user ON casus_procesregisseurs (user_id)",
    "CREATE INDEX casus_parties_by_party ON casus_parties (party_id)",
};

// Version 12 (issue 11): a page of a worklist is found from the user's own candidates (new
// aanmeldingen, appointments, invitations and information requests of the party), each through an
// index, so it costs what the user has, not what the database holds.
constexpr std::array schemaV12{
    "CREATE INDEX casus_new_aanmeldingen ON casus (id) WHERE taken_on = 0",
    "CREATE INDEX casus_by_casusregisseur ON casus (casusregisseur_user_id)",
    "CREATE INDEX overleg_parties_by_party ON overleg_parties (party_id)",
    "CREATE INDEX informatieverzoeken_by_party ON informatieverzoeken (party_id)",
};

// Version 13 (issue 11): the worklist's order; and a casus registered with its procesregisseur
// (demo data, imports) counts as taken on, as version 7 did for the casussen of then, so the new
// aanmeldingen every procesregisseur sees are only those nobody has taken on.
constexpr std::array schemaV13{
    // with the columns a page tests, so walking it reads no casus rows
    "CREATE INDEX casus_in_worklist_order ON casus (aanmeldingsdatum, id, taken_on, casusregisseur_user_id)",
    "UPDATE casus SET taken_on = 1 WHERE taken_on = 0 "
    "AND (phase <> 'aanmelding' OR id IN (SELECT casus_id FROM casus_procesregisseurs))",
};

// Version 14 (issue 12): the numbered copies of a case summary for a casusoverleg, each a
// verstrekking to its recipient party; they go with their casus.
constexpr std::array schemaV14{
    R"(CREATE TABLE summary_copies (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        overleg_id INTEGER NOT NULL REFERENCES overleggen(id) ON DELETE CASCADE,
        number TEXT NOT NULL UNIQUE,
        recipient_party_id INTEGER NOT NULL REFERENCES parties(id),
        verstrekking_id INTEGER NOT NULL REFERENCES verstrekkingen(id) ON DELETE CASCADE,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        at DATETIME NOT NULL
    ))",
    "CREATE INDEX summary_copies_by_casus ON summary_copies (casus_id)",
    "CREATE INDEX summary_copies_by_overleg ON summary_copies (overleg_id)",
    "CREATE INDEX summary_copies_by_verstrekking ON summary_copies (verstrekking_id)",
};

// Version 15 (issue 12): the month, not the day, each phase was entered, for the annual chart of
// phases per month (C 12.3). Records of casussen destroyed before this version have none.
constexpr std::array schemaV15{
    "ALTER TABLE management_records ADD COLUMN month_aanmelding DATE",
    "ALTER TABLE management_records ADD COLUMN month_triage DATE",
    "ALTER TABLE management_records ADD COLUMN month_casusoverleg DATE",
    "ALTER TABLE management_records ADD COLUMN month_afschaling DATE",
};

// Version 16 (issue 14): the audit log browser pages through one casus's or one user's records
// without reading the whole log; the casus's own trail uses the first index too.
constexpr std::array schemaV16{
    "CREATE INDEX audit_log_by_casus ON audit_log (casus_id)",
    "CREATE INDEX audit_log_by_user ON audit_log (username)",
};

// Version 17 (issue 14): failed logins per typed username, known or not, under a keyed hash
// (LoginAttemptRepository), so "too many attempts" reveals nothing about which accounts exist.
constexpr std::array schemaV17{
    R"(CREATE TABLE login_attempts (
        name_key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_failed_at DATETIME NOT NULL
    ))",
    "CREATE INDEX login_attempts_by_age ON login_attempts (last_failed_at)",
};

// Version 18 (issue 14): a toetreding records the Algemeen Bestuur's decision and who signed
// Bijvoegsel I (C 21.4); a processor waits for the hoofd's approval, recorded by the hoofd (P 22.3).
constexpr std::array schemaV18{
    "ALTER TABLE parties ADD COLUMN ab_besluit DATE",
    "ALTER TABLE parties ADD COLUMN ondertekenaar TEXT",
    R"(CREATE TABLE verwerkers_nieuw (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        naam TEXT NOT NULL,
        dienst TEXT NOT NULL,
        approved_by_hoofd_on DATE,
        approved_by_user_id INTEGER REFERENCES users(id),
        last_reviewed_on DATE
    ))",
    R"(INSERT INTO verwerkers_nieuw (id, naam, dienst, approved_by_hoofd_on, last_reviewed_on)
        SELECT id, naam, dienst, approved_by_hoofd_on, last_reviewed_on FROM verwerkers)",
    "DROP TABLE verwerkers",
    "ALTER TABLE verwerkers_nieuw RENAME TO verwerkers",
};

constexpr std::array migrations{
    Migration{1, "partijen, gebruikers, casussen en faseovergangen", schemaV1},
    Migration{2, "betrokkenen, gegevens, goedkeuringen, toestemming, verstrekkingen, overleggen, plan, auditlog", schemaV2},
    Migration{3, "bewaartermijnen: verlengingen, managementgegevens, vernietigingsverslagen", schemaV3},
    Migration{4, "verzoeken, informatieplicht, datalekken, registers, lidmaatschapshistorie", schemaV4},
    Migration{5, "tweede factor, inlogpogingen, instellingen", schemaV5},
    Migration{6, "calamiteitenevaluaties", schemaV6},
    Migration{7, "nieuwe aanmeldingen, informatieverzoeken in triage, doelen van goedkeuringen", schemaV7},
    Migration{8, "nummers en ids worden nooit hergebruikt", schemaV8, rebuildTablesWithNeverReusedIds, true},
    Migration{9, "verstrekkingen van OM-gegevens blijven 4 jaar bewaard", schemaV9},
    Migration{10, "eenmalige wachtwoorden, eigen tweede factor, bevestigde rollen", schemaV10},
    Migration{11, "indexen op de koppelingen met casus, betrokkene, gegeven en overleg", schemaV11},
    Migration{12, "indexen voor een pagina van de werkvoorraad", schemaV12},
    Migration{13, "volgorde van de werkvoorraad; aanmeldingen met procesregisseur zijn opgepakt", schemaV13},
    Migration{14, "genummerde exemplaren van casussamenvattingen", schemaV14},
    Migration{15, "maand waarin elke fase begon, in de managementgegevens", schemaV15},
    Migration{16, "indexen om het auditlog per casus en per gebruiker te doorzoeken", schemaV16},
    Migration{17, "mislukte inlogpogingen per getypte naam", schemaV17},
    Migration{18, "toetreding met besluit AB en ondertekenaar; verwerkers wachten op het hoofd", schemaV18},
};

Status runStatements(Database &database, const Migration &migration)
{
    for (const char *statement : migration.statements) {
        if (auto done = execSql(database.connection(), QString::fromUtf8(statement)); !done)
            return done;
    }
    if (migration.step) {
        if (auto done = migration.step(database); !done)
            return done;
    }
    return {};
}

Status foreignKeysStillHold(Database &database)
{
    auto violations = runSql(database.connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations)
        return std::unexpected(violations.error());
    if (violations->next())
        return fail(ErrorCode::StorageFailure, QStringLiteral("na het herbouwen verwijst tabel %1 naar een ontbrekende rij")
                                                   .arg(violations->value(0).toString()));
    return {};
}

} // namespace

namespace Migrations {

std::span<const Migration> all()
{
    return migrations;
}

int latestVersion()
{
    return migrations.back().version;
}

Status migrate(Database &database)
{
    static_assert(Database::applicationId == 1129465159, "schemaV1 writes the application id literally");
    const int current = database.schemaVersion();
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (auto applied = apply(database, migration); !applied)
            return fail(applied.error().code, QStringLiteral("Schemamigratie naar versie %1 mislukt: %2")
                                                  .arg(migration.version)
                                                  .arg(applied.error().message));
    }
    return {};
}

Status apply(Database &database, const Migration &migration)
{
    if (migration.rebuildsTables) {
        if (auto off = execSql(database.connection(), QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off;
    }
    Status applied = database.inTransaction([&]() -> Status {
        if (auto done = runStatements(database, migration); !done)
            return done;
        if (migration.rebuildsTables) {
            if (auto checked = foreignKeysStillHold(database); !checked)
                return checked;
        }
        return execSql(database.connection(), QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    });
    if (migration.rebuildsTables) {
        if (auto on = execSql(database.connection(), QStringLiteral("PRAGMA foreign_keys = ON")); !on && applied)
            return on;
    }
    return applied;
}

} // namespace Migrations

} // namespace casusregie
