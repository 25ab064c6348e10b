-- Issue 15, item 7: settings per province and year, with the law's default.
-- A province's own calendar days (on top of the national public holidays of public_holiday):
-- its holidays, the weekend days worked to make a bridge holiday (swapped working days, e.g.
-- Saturday 04/05/2024 for Monday 29/04/2024) and extra days off.
CREATE TABLE calendar_day (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    province_id BIGINT       NOT NULL,
    day_date    DATE         NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_day UNIQUE (province_id, day_date),
    CONSTRAINT fk_calendar_day_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A province's settings for one year; a year without a row uses the latest earlier year's,
-- and a province without any the law's defaults (20 working days, certificates counted on the
-- bloc's members rounded down, signers' names left blank).
CREATE TABLE province_settings (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    province_id            BIGINT       NOT NULL,
    year                   SMALLINT     NOT NULL,
    appraisal_working_days SMALLINT     NOT NULL,
    certificate_basis      VARCHAR(40)  NOT NULL,
    chair_name             VARCHAR(100) NULL,
    chair_role             VARCHAR(12)  NOT NULL,
    board_head_name        VARCHAR(100) NULL,
    board_head_role        VARCHAR(12)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_province_settings UNIQUE (province_id, year),
    CONSTRAINT fk_province_settings_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
