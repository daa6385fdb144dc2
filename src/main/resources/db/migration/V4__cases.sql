-- The case workspace: a client's facts (amparo-facts/1, everything but person, which is the client table of V1) as
-- normalised tables keyed by client_id, then cases, adverse parties, notes, intake drafts and stored screenings.
-- Three-valued facts: a null column is unknown. A list that may itself be unknown has a *_known flag on its parent
-- row (false = the list is unknown, true with no rows = the fact "none"). A section is present (not unknown) when
-- client_facts says so; 1:1 section rows exist only for present sections. List items are keyed by position.

-- One row per client with facts: each section's presence and optimistic-lock version (a stale save is refused).
CREATE TABLE client_facts (
    client_id              BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    immigration_present    BOOLEAN DEFAULT FALSE NOT NULL,
    immigration_version    INT DEFAULT 0 NOT NULL,
    criminal_present       BOOLEAN DEFAULT FALSE NOT NULL,
    criminal_version       INT DEFAULT 0 NOT NULL,
    conduct_present        BOOLEAN DEFAULT FALSE NOT NULL,
    conduct_version        INT DEFAULT 0 NOT NULL,
    u_present              BOOLEAN DEFAULT FALSE NOT NULL,
    u_version              INT DEFAULT 0 NOT NULL,
    t_present              BOOLEAN DEFAULT FALSE NOT NULL,
    t_version              INT DEFAULT 0 NOT NULL,
    vawa_present           BOOLEAN DEFAULT FALSE NOT NULL,
    vawa_version           INT DEFAULT 0 NOT NULL,
    family_present         BOOLEAN DEFAULT FALSE NOT NULL,
    family_version         INT DEFAULT 0 NOT NULL,
    court_events_present   BOOLEAN DEFAULT FALSE NOT NULL,
    court_events_version   INT DEFAULT 0 NOT NULL,
    ice_checkins_present   BOOLEAN DEFAULT FALSE NOT NULL,
    ice_checkins_version   INT DEFAULT 0 NOT NULL,
    asylum_present         BOOLEAN DEFAULT FALSE NOT NULL,
    asylum_version         INT DEFAULT 0 NOT NULL,
    sijs_present           BOOLEAN DEFAULT FALSE NOT NULL,
    sijs_version           INT DEFAULT 0 NOT NULL,
    sources_present        BOOLEAN DEFAULT FALSE NOT NULL,
    sources_version        INT DEFAULT 0 NOT NULL,
    extensions_present     BOOLEAN DEFAULT FALSE NOT NULL,
    extensions_version     INT DEFAULT 0 NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

CREATE TABLE fact_immigration (
    client_id                       BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    entry_manner                    VARCHAR(40),
    visa_class_at_entry             VARCHAR(40),
    last_entry_date                 DATE,
    apprehended_at_border_or_poe    BOOLEAN,
    border_apprehension_date        DATE,
    continuous_presence_since       DATE,
    current_status                  VARCHAR(20),
    removal_proceedings_pending     BOOLEAN,
    nta_date                        DATE,
    has_final_removal_order         BOOLEAN,
    final_order_date                DATE,
    final_order_type                VARCHAR(20),
    departed_after_order            BOOLEAN,
    order_of_supervision            BOOLEAN,
    prior_removals_known            BOOLEAN NOT NULL,
    reentered_after_removal         BOOLEAN,
    detainer_lodged                 BOOLEAN,
    unaccompanied_child_designation BOOLEAN,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT fact_immigration_entry_ck CHECK (entry_manner IN ('EWI', 'admitted_visa', 'admitted_vwp', 'paroled',
        'apprehended_at_border_released', 'unknown')),
    CONSTRAINT fact_immigration_status_ck CHECK (current_status IN ('none', 'overstay', 'pending_benefit', 'TPS',
        'DACA', 'parole', 'U', 'T', 'LPR', 'asylee', 'refugee', 'USC', 'other')),
    CONSTRAINT fact_immigration_order_ck CHECK (final_order_type IN ('IJ_order', 'in_absentia', 'expedited_removal',
        'reinstated', 'VD_overstayed'))
);

CREATE TABLE fact_prior_removal (
    client_id    BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    removal_date DATE,
    removal_type VARCHAR(100),
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position)
);

-- criminal: which of its two lists are known
CREATE TABLE fact_criminal (
    client_id             BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    convictions_known     BOOLEAN NOT NULL,
    pending_charges_known BOOLEAN NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

CREATE TABLE fact_conviction (
    client_id                     BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position                      INT NOT NULL,
    offense_label                 VARCHAR(500),
    statute_cite                  VARCHAR(300),
    jurisdiction                  VARCHAR(10),
    classification                VARCHAR(20),
    conviction_date               DATE,
    incident_id                   VARCHAR(100),
    sentence_imposed_days         INT,
    custody_days_ordered_to_serve INT,
    sentence_suspended            BOOLEAN,
    immigration_status_is_element BOOLEAN,
    aggravated_felony             VARCHAR(7),
    cimt                          VARCHAR(7),
    tags_known                    BOOLEAN NOT NULL,
    vacated_or_expunged           BOOLEAN,
    connected_to_abuse            BOOLEAN,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_conviction_jurisdiction_ck CHECK (jurisdiction IN ('state', 'federal')),
    CONSTRAINT fact_conviction_class_ck CHECK (classification IN ('felony', 'misdemeanor', 'petty_offense',
        'infraction', 'minor_traffic')),
    CONSTRAINT fact_conviction_af_ck CHECK (aggravated_felony IN ('yes', 'no', 'unknown')),
    CONSTRAINT fact_conviction_cimt_ck CHECK (cimt IN ('yes', 'no', 'unknown'))
);

CREATE TABLE fact_conviction_tag (
    client_id           BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    conviction_position INT NOT NULL,
    position            INT NOT NULL,
    tag                 VARCHAR(30) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, conviction_position, position),
    CONSTRAINT fact_conviction_tag_ck CHECK (tag IN ('dv', 'sexual_abuse', 'burglary', 'firearm', 'drug_distribution',
        'dui', 'gang_element', 'theft', 'assault_on_officer', 'fraud', 'prostitution', 'immigration_1325',
        'immigration_1326'))
);

CREATE TABLE fact_pending_charge (
    client_id       BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    offense_label   VARCHAR(500),
    tags_known      BOOLEAN NOT NULL,
    charge_date     DATE,
    court           VARCHAR(300),
    next_court_date DATE,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position)
);

CREATE TABLE fact_pending_charge_tag (
    client_id       BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    charge_position INT NOT NULL,
    position        INT NOT NULL,
    tag             VARCHAR(30) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, charge_position, position),
    CONSTRAINT fact_pending_charge_tag_ck CHECK (tag IN ('dv', 'sexual_abuse', 'burglary', 'firearm',
        'drug_distribution', 'dui', 'gang_element', 'theft', 'assault_on_officer', 'fraud', 'prostitution',
        'immigration_1325', 'immigration_1326'))
);

CREATE TABLE fact_conduct (
    client_id                       BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    uncharged_conduct_known         BOOLEAN NOT NULL,
    fraud_or_misrep_official_matter BOOLEAN,
    fraud_details                   VARCHAR(4000),
    public_benefits_abuse           BOOLEAN,
    gang_allegation                 VARCHAR(20),
    age_at_gang_activity            INT,
    terrorism_espionage_flag        BOOLEAN,
    visa_program_abuse_finding      BOOLEAN,
    voluntary_returns               INT,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT fact_conduct_gang_ck CHECK (gang_allegation IN ('none', 'database_only', 'admitted',
        'conviction_element'))
);

CREATE TABLE fact_uncharged_conduct (
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    conduct   VARCHAR(30) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_uncharged_conduct_ck CHECK (conduct IN ('unlawful_entry_8usc1325', 'reentry_8usc1326',
        'false_documents', 'false_ssn', 'false_claim_usc', 'unauthorized_work', 'prostitution', 'other'))
);

CREATE TABLE fact_u (
    client_id                     BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    crimes_known                  BOOLEAN NOT NULL,
    victim_role                   VARCHAR(10),
    direct_victim_status          VARCHAR(30),
    direct_victim_age_at_crime    INT,
    relationship_to_direct_victim VARCHAR(200),
    substantial_abuse_evidence    VARCHAR(6),
    has_information_about_crime   BOOLEAN,
    helpfulness                   VARCHAR(25),
    reported_to                   VARCHAR(300),
    planned_filing_date           DATE,
    filed_date                    DATE,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT fact_u_role_ck CHECK (victim_role IN ('direct', 'indirect', 'bystander')),
    CONSTRAINT fact_u_status_ck CHECK (direct_victim_status IN ('alive', 'deceased_murder_manslaughter',
        'incompetent_incapacitated')),
    CONSTRAINT fact_u_evidence_ck CHECK (substantial_abuse_evidence IN ('strong', 'some', 'none')),
    CONSTRAINT fact_u_help_ck CHECK (helpfulness IN ('has_been', 'is_being', 'likely_to_be', 'refused_unreasonably',
        'unknown'))
);

CREATE TABLE fact_u_crime (
    client_id                         BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position                          INT NOT NULL,
    crime_type                        VARCHAR(60),
    modifiers_known                   BOOLEAN NOT NULL,
    crime_date                        DATE,
    location_us                       BOOLEAN,
    violated_us_extraterritorial_law  BOOLEAN,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position)
);

CREATE TABLE fact_u_crime_modifier (
    client_id      BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    crime_position INT NOT NULL,
    position       INT NOT NULL,
    modifier       VARCHAR(15) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, crime_position, position),
    CONSTRAINT fact_u_crime_modifier_ck CHECK (modifier IN ('attempt', 'conspiracy', 'solicitation'))
);

-- u.certification (Form I-918 Supplement B): present only when the document has one
CREATE TABLE fact_u_certification (
    client_id      BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    agency         VARCHAR(300),
    official_title VARCHAR(300),
    signed_date    DATE,
    original_held  BOOLEAN,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

CREATE TABLE fact_t (
    client_id                          BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    trafficking_type                   VARCHAR(5),
    means_known                        BOOLEAN NOT NULL,
    commercial_sex_under_18            BOOLEAN,
    labor_purpose_known                BOOLEAN NOT NULL,
    age_at_first_trafficking_act       INT,
    presence_on_account_of_trafficking BOOLEAN,
    departed_us_after_trafficking      BOOLEAN,
    reported_to_lea                    BOOLEAN,
    lea_name                           VARCHAR(300),
    reasonable_requests                VARCHAR(10),
    trauma_exception_evidence          BOOLEAN,
    extreme_hardship_evidence          VARCHAR(6),
    continued_presence_granted         BOOLEAN,
    continued_presence_date            DATE,
    i914_supp_b                        BOOLEAN,
    filed_date                         DATE,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT fact_t_type_ck CHECK (trafficking_type IN ('sex', 'labor', 'both')),
    CONSTRAINT fact_t_requests_ck CHECK (reasonable_requests IN ('complied', 'refused', 'none_made')),
    CONSTRAINT fact_t_hardship_ck CHECK (extreme_hardship_evidence IN ('strong', 'some', 'none'))
);

CREATE TABLE fact_t_means (
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    means     VARCHAR(10) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_t_means_ck CHECK (means IN ('force', 'fraud', 'coercion'))
);

CREATE TABLE fact_t_labor_purpose (
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    purpose   VARCHAR(25) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_t_labor_purpose_ck CHECK (purpose IN ('involuntary_servitude', 'peonage', 'debt_bondage',
        'slavery'))
);

CREATE TABLE fact_vawa (
    client_id                          BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    abuser_relationship                VARCHAR(20),
    abuser_status                      VARCHAR(10),
    abuser_status_loss_date            DATE,
    abuser_status_loss_related_to_dv   BOOLEAN,
    abuser_death_date                  DATE,
    marriage_date                      DATE,
    divorce_date                       DATE,
    divorce_connected_to_abuse         BOOLEAN,
    marriage_good_faith_evidence       VARCHAR(6),
    married_during_removal_proceedings BOOLEAN,
    bigamy_unknowing                   BOOLEAN,
    resided_with_abuser_ever           BOOLEAN,
    abuse_type_known                   BOOLEAN NOT NULL,
    abuse_during_relationship          BOOLEAN,
    son_daughter_age                   INT,
    delay_caused_by_abuse              BOOLEAN,
    gmc_issues_known                   BOOLEAN NOT NULL,
    remarried_before_filing            BOOLEAN,
    filed_date                         DATE,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT fact_vawa_relationship_ck CHECK (abuser_relationship IN ('spouse', 'former_spouse', 'intended_spouse',
        'parent', 'stepparent', 'son_daughter')),
    CONSTRAINT fact_vawa_status_ck CHECK (abuser_status IN ('USC', 'LPR', 'none', 'unknown')),
    CONSTRAINT fact_vawa_evidence_ck CHECK (marriage_good_faith_evidence IN ('strong', 'some', 'none'))
);

CREATE TABLE fact_vawa_abuse_type (
    client_id  BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position   INT NOT NULL,
    abuse_type VARCHAR(20) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_vawa_abuse_type_ck CHECK (abuse_type IN ('battery', 'extreme_cruelty'))
);

-- vawa.gmc_issues: free labels (good moral character)
CREATE TABLE fact_vawa_gmc_issue (
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    issue     VARCHAR(500) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position)
);

CREATE TABLE fact_family_member (
    client_id           BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position            INT NOT NULL,
    ref                 VARCHAR(100),
    relationship        VARCHAR(10),
    given_name          VARCHAR(200),
    dob                 DATE,
    marital_status      VARCHAR(10),
    location            VARCHAR(6),
    citizenship         VARCHAR(10),
    perpetrator_of_crime BOOLEAN,
    is_abuser           BOOLEAN,
    retaliation_danger  BOOLEAN,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_family_relationship_ck CHECK (relationship IN ('spouse', 'child', 'parent', 'sibling', 'other')),
    CONSTRAINT fact_family_marital_ck CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed')),
    CONSTRAINT fact_family_location_ck CHECK (location IN ('us', 'abroad')),
    CONSTRAINT fact_family_citizenship_ck CHECK (citizenship IN ('USC', 'LPR', 'other', 'unknown'))
);

CREATE TABLE fact_court_event (
    client_id                                BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position                                 INT NOT NULL,
    ref                                      VARCHAR(100),
    event_date                               DATE,
    court_type                               VARCHAR(20),
    courthouse                               VARCHAR(300),
    county                                   VARCHAR(200),
    state                                    VARCHAR(2),
    client_role                              VARCHAR(12),
    case_relates_to_dv_sa_trafficking_stalking BOOLEAN,
    remote_appearance_available              BOOLEAN,
    attorney_accompanying                    BOOLEAN,
    abuser_knows_date                        BOOLEAN,
    abuser_threatened_immigration_report     BOOLEAN,
    models_known                             BOOLEAN NOT NULL,
    recent_ice_activity_reports              INT,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_court_event_type_ck CHECK (court_type IN ('family', 'protective_order', 'criminal', 'civil',
        'small_claims', 'traffic', 'immigration')),
    CONSTRAINT fact_court_event_role_ck CHECK (client_role IN ('petitioner', 'respondent', 'defendant', 'witness',
        'companion'))
);
-- the calendar reads events by date
CREATE INDEX fact_court_event_date_ix ON fact_court_event (event_date, client_id);

CREATE TABLE fact_court_event_287g (
    client_id      BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    event_position INT NOT NULL,
    position       INT NOT NULL,
    model          VARCHAR(3) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, event_position, position),
    CONSTRAINT fact_court_event_287g_ck CHECK (model IN ('JEM', 'TFM', 'WSO'))
);

CREATE TABLE fact_ice_checkin (
    client_id    BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    ref          VARCHAR(100),
    checkin_date DATE,
    office       VARCHAR(300),
    checkin_type VARCHAR(15),
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_ice_checkin_type_ck CHECK (checkin_type IN ('supervision', 'recognizance', 'ATD'))
);
CREATE INDEX fact_ice_checkin_date_ix ON fact_ice_checkin (checkin_date, client_id);

CREATE TABLE fact_asylum (
    client_id                   BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    intends_to_apply            BOOLEAN,
    last_arrival_date           DATE,
    filed_date                  DATE,
    changed_circumstances       BOOLEAN,
    extraordinary_circumstances BOOLEAN,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

CREATE TABLE fact_sijs (
    client_id             BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    state_court_order_date DATE,
    i360_filed_date       DATE,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

-- facts_sources: which JSON path came from whom (8 U.S.C. 1367 bars abuser-sourced facts as a sole basis)
CREATE TABLE fact_source (
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    json_path VARCHAR(500) NOT NULL,
    source    VARCHAR(12) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (client_id, position),
    CONSTRAINT fact_source_ck CHECK (source IN ('client', 'advocate', 'document', 'abuser', 'perpetrator',
        'trafficker', 'agency'))
);

-- extensions: free-form JSON, preserved as text
CREATE TABLE fact_extensions (
    client_id BIGINT PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    json_text CLOB NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

-- Screening runs (a re-screen of the caseload, or of one case) and the frameworks they screened.
CREATE TABLE screening_run (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    as_of          DATE NOT NULL,
    trigger_text   VARCHAR(500) NOT NULL,
    run_by         VARCHAR(100),
    cases_screened INT NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

CREATE TABLE screening_run_framework (
    run_id    BIGINT NOT NULL REFERENCES screening_run (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    framework VARCHAR(60) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (run_id, position)
);

-- Cases: a client may have several. latest_run_id points at the case's newest stored screening; its in-force outcome
-- and next deadline are repeated here so the caseload filters and sorts on indexed columns of one table.
CREATE TABLE client_case (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id           BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    case_number         VARCHAR(40) NOT NULL,
    status              VARCHAR(10) NOT NULL,
    program             VARCHAR(100),
    assigned_advocate   VARCHAR(100),
    assigned_attorney   VARCHAR(100),
    opened_on           DATE,
    closed_on           DATE,
    latest_run_id       BIGINT REFERENCES screening_run (id),
    in_force_framework  VARCHAR(60),
    in_force_outcome    VARCHAR(30),
    next_deadline       DATE,
    next_deadline_label VARCHAR(300),
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT client_case_number_uq UNIQUE (case_number),
    CONSTRAINT client_case_status_ck CHECK (status IN ('INTAKE', 'OPEN', 'CLOSED')),
    CONSTRAINT client_case_outcome_ck CHECK (in_force_outcome IN ('PRIORITY', 'LIKELY_PRIORITY', 'NEEDS_REVIEW',
        'PUBLIC_SAFETY_ASSESSMENT', 'REMOVABLE_UNLISTED', 'NOT_PRIORITY', 'NOT_REMOVABLE'))
);
CREATE INDEX client_case_client_ix ON client_case (client_id, id);
CREATE INDEX client_case_status_ix ON client_case (status, id);
CREATE INDEX client_case_advocate_ix ON client_case (assigned_advocate, id);
CREATE INDEX client_case_attorney_ix ON client_case (assigned_attorney, id);
CREATE INDEX client_case_deadline_ix ON client_case (next_deadline, id);
CREATE INDEX client_case_opened_ix ON client_case (opened_on, id);
CREATE INDEX client_case_outcome_ix ON client_case (in_force_outcome, id);
CREATE INDEX client_case_latest_ix ON client_case (latest_run_id, id);

-- the last case number given out per year (numbers are <year>-<NNNN>); bumped in the transaction that uses it
CREATE TABLE case_number_counter (
    number_year INT PRIMARY KEY,
    last_number INT NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

CREATE TABLE case_relief (
    case_id BIGINT NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    relief  VARCHAR(20) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (case_id, relief),
    CONSTRAINT case_relief_ck CHECK (relief IN ('u_visa', 't_visa', 'vawa_self_petition', 'vawa_cancellation',
        'asylum', 'sijs'))
);

-- One stored screening of one case in one run (outcomes only; reasons are recomputed from the facts).
CREATE TABLE case_screening (
    run_id              BIGINT NOT NULL REFERENCES screening_run (id) ON DELETE CASCADE,
    case_id             BIGINT NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    screened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    as_of               DATE NOT NULL,
    in_force_framework  VARCHAR(60),
    next_deadline       DATE,
    next_deadline_label VARCHAR(300),
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (run_id, case_id)
);
-- a case's history, newest first
CREATE INDEX case_screening_case_ix ON case_screening (case_id, run_id);

CREATE TABLE case_framework_outcome (
    run_id    BIGINT NOT NULL,
    case_id   BIGINT NOT NULL,
    framework VARCHAR(60) NOT NULL,
    outcome   VARCHAR(30) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (run_id, case_id, framework),
    FOREIGN KEY (run_id, case_id) REFERENCES case_screening (run_id, case_id) ON DELETE CASCADE,
    CONSTRAINT case_framework_outcome_ck CHECK (outcome IN ('PRIORITY', 'LIKELY_PRIORITY', 'NEEDS_REVIEW',
        'PUBLIC_SAFETY_ASSESSMENT', 'REMOVABLE_UNLISTED', 'NOT_PRIORITY', 'NOT_REMOVABLE'))
);
-- the caseload's outcome filter: cases whose latest run gave this framework this outcome
CREATE INDEX case_framework_outcome_filter_ix ON case_framework_outcome (framework, outcome, run_id, case_id);

CREATE TABLE case_relief_outcome (
    run_id  BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    relief  VARCHAR(20) NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (run_id, case_id, relief),
    FOREIGN KEY (run_id, case_id) REFERENCES case_screening (run_id, case_id) ON DELETE CASCADE,
    CONSTRAINT case_relief_outcome_relief_ck CHECK (relief IN ('u_visa', 't_visa', 'vawa_self_petition',
        'vawa_cancellation', 'asylum', 'sijs')),
    CONSTRAINT case_relief_outcome_ck CHECK (outcome IN ('ELIGIBLE', 'LIKELY_ELIGIBLE', 'NEEDS_MORE_INFO',
        'NOT_ELIGIBLE', 'NOT_APPLICABLE'))
);
CREATE INDEX case_relief_outcome_filter_ix ON case_relief_outcome (relief, outcome, run_id, case_id);

-- Adverse parties (abuser, trafficker, employer...) with aliases and folded search terms for the conflict check.
CREATE TABLE adverse_party (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    party_role   VARCHAR(12) NOT NULL,
    given_name   VARCHAR(200),
    family_name  VARCHAR(200),
    dob          DATE,
    relationship VARCHAR(200),
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    CONSTRAINT adverse_party_role_ck CHECK (party_role IN ('ABUSER', 'TRAFFICKER', 'EMPLOYER', 'PERPETRATOR',
        'OTHER'))
);
CREATE INDEX adverse_party_case_ix ON adverse_party (case_id, id);
CREATE INDEX adverse_party_dob_ix ON adverse_party (dob);

CREATE TABLE adverse_party_alias (
    party_id BIGINT NOT NULL REFERENCES adverse_party (id) ON DELETE CASCADE,
    position INT NOT NULL,
    alias    VARCHAR(200) NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (party_id, position)
);

-- lower-cased, accent-folded words of the party's names and aliases (same folding as client_search_term)
CREATE TABLE adverse_party_term (
    term     VARCHAR(200) NOT NULL,
    party_id BIGINT NOT NULL REFERENCES adverse_party (id) ON DELETE CASCADE,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100),
    PRIMARY KEY (term, party_id)
);
CREATE INDEX adverse_party_term_party_ix ON adverse_party_term (party_id);

CREATE TABLE case_note (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id   BIGINT NOT NULL REFERENCES client_case (id) ON DELETE CASCADE,
    note_text CLOB NOT NULL,
    author    VARCHAR(100),
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);
CREATE INDEX case_note_case_ix ON case_note (case_id, id);

CREATE TABLE intake_draft (
    case_id    BIGINT PRIMARY KEY REFERENCES client_case (id) ON DELETE CASCADE,
    step       VARCHAR(100) NOT NULL,
    facts_json CLOB NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INT DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by  VARCHAR(100)
);

